package org.safecase.casefile;

import java.time.Instant;

/**
 * A step open on a case: its task, its name, since when, who has it (a name, or null while
 * unclaimed), when due, and where to work it over REST ({@code href}, the task's address; pages
 * link to the task page instead). Opening the link still asks the inbox, which shows the task only to those it is for.
 */
public record OpenStep(String taskId, String name, Instant openedAt, String assignee, Instant due, String href) {
}
