package org.safecase.workflow.jobs;

import java.time.Instant;

/**
 * One failed job as the console shows it: the case it belongs to (its reference, or null for a
 * job of no case), the step in the model's words, the error in words ({@link FailureWords}; the
 * stack trace stays in the engine and the log), how many automatic retries are left and, while
 * it waits for one, when the next runs. {@code state} is {@link FailedJobState#word()}.
 */
public record FailedJob(String id, String state, String caseReference, String step, String error, FailureKind errorKind,
                        int retriesLeft, Instant nextAttemptAt) implements java.io.Serializable {

    /** The audit trail's subject for an action on it: its case, so the case's story tells it, else the job. */
    String auditSubject() {
        return caseReference != null ? caseReference : "job:" + id;
    }
}
