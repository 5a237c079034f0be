package org.safecase.workflow.admin;

/**
 * A model in the library's list: its key and name, its newest version (the one new cases use
 * unless suspended), how many cases run on any of its versions, and whether a newer shipped
 * version waits to be compared and adopted (item 5).
 */
public record ModelSummary(String key, String name, ModelKind kind, int latestVersion, Origin latestOrigin,
                           long runningCases, boolean shippedWaiting) {
}
