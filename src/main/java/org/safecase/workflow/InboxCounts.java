package org.safecase.workflow;

/** How many tasks wait for a person, how many of them are urgent, and how many are overdue. */
public record InboxCounts(long waiting, long urgent, long overdue) {
}
