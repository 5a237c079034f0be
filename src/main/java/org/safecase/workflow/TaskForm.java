package org.safecase.workflow;

import java.util.List;

/** What a task is, what the model says about it, and the fields it asks for. */
public record TaskForm(TaskSummary task, String guidance, List<FormField> fields) {
}
