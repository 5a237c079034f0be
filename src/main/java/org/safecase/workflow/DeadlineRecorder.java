package org.safecase.workflow;

/** Keeps a record of every missed deadline, in the transaction of the timer that found it. */
public interface DeadlineRecorder {
    void missed(MissedDeadline deadline);
}
