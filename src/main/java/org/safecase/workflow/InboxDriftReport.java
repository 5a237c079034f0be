package org.safecase.workflow;

import java.util.List;

/**
 * What {@link InboxDrift} found: the engine's open tasks and the read model's, and the tasks
 * missing from the read model, left in it, or kept differently (at most 50 ids of each).
 */
public record InboxDriftReport(long engineTasks, long inboxTasks, long missingCount, List<String> missing,
                               long extraCount, List<String> extra, long differentCount, List<String> different) {
    public boolean inStep() {
        return missingCount == 0 && extraCount == 0 && differentCount == 0;
    }
}
