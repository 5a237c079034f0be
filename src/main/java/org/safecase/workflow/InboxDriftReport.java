package org.safecase.workflow;

import java.util.List;

/**
 * What {@link InboxDrift} found: the engine's open tasks and the read model's, and the tasks
 * missing from the read model, left in it, or kept differently (at most 50 ids of each);
 * {@code inStep} when there are none.
 */
public record InboxDriftReport(boolean inStep, long engineTasks, long inboxTasks, long missingCount, List<String> missing,
                               long extraCount, List<String> extra, long differentCount, List<String> different) {
    static InboxDriftReport of(long engineTasks, long inboxTasks, long missingCount, List<String> missing,
                               long extraCount, List<String> extra, long differentCount, List<String> different) {
        return new InboxDriftReport(missingCount == 0 && extraCount == 0 && differentCount == 0, engineTasks, inboxTasks,
                missingCount, missing, extraCount, extra, differentCount, different);
    }
}
