package org.safecase.workflow;

/**
 * Keeps the answers of a step no feature records (for example one an LA admin added to a
 * model): implemented once, by the case file.
 */
public interface UnmodelledStepRecorder {
    void record(CompletedStep step);
}
