package org.safecase.workflow;

import java.util.Set;

/**
 * Keeps a feature's part of the case record: the engine calls every recorder whose
 * {@link #steps()} names a completed step, in the transaction that completes it, for every
 * version of the model (the record is written by step key, not by listeners in the XML).
 * A recorder must accept the same step twice (the upgrade backfill may replay one) and keep
 * one record.
 */
public interface StepRecorder {
    /** The steps recorded, as {@code processKey + "/" + stepKey}. */
    Set<String> steps();

    void record(CompletedStep step);

    static String key(String processKey, String stepKey) {
        return processKey + "/" + stepKey;
    }
}
