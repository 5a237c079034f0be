package org.safecase.workflow;

import java.util.List;

/** One page of an inbox, paged in the database, with the total for the paginator. */
public record TaskPage(List<TaskSummary> tasks, long total) {
}
