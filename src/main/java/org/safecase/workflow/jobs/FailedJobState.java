package org.safecase.workflow.jobs;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a failed job waits: with retries left, for its next attempt (the engine's timer jobs that
 * carry an error), or out of retries among the dead-letter jobs, until a person moves it back.
 */
public enum FailedJobState {
    DEAD_LETTER("dead-letter"),
    RETRYING("retrying");

    private final String word;

    FailedJobState(String word) {
        this.word = word;
    }

    /** As the API names it: {@code dead-letter} or {@code retrying}. */
    public String word() {
        return word;
    }

    public static Optional<FailedJobState> ofWord(String word) {
        return Arrays.stream(values()).filter(state -> state.word.equals(word)).findFirst();
    }
}
