package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Hands each completed step to the recorders that keep it, or to the generic step-answers
 * recorder when none does; and each missed deadline to the deadline recorders. The notice of a
 * failed job ({@link ProcessModels#FAILED_JOB_NOTICE}) belongs to no case and is kept in none.
 */
@ApplicationScoped
public class StepRecords {
    @Inject
    Instance<StepRecorder> recorders;
    @Inject
    Instance<UnmodelledStepRecorder> unmodelled;
    @Inject
    Instance<DeadlineRecorder> deadlines;

    public void record(CompletedStep step) {
        if (ProcessModels.FAILED_JOB_NOTICE.equals(step.processKey())) {
            return;
        }
        String key = StepRecorder.key(step.processKey(), step.stepKey());
        List<StepRecorder> keeping = recorders.stream().filter(r -> r.steps().contains(key)).toList();
        if (keeping.isEmpty() && !step.isServiceStep()) {
            unmodelled.forEach(r -> r.record(step));
        } else {
            keeping.forEach(r -> r.record(step));
        }
    }

    public void missed(MissedDeadline deadline) {
        deadlines.forEach(r -> r.missed(deadline));
    }
}
