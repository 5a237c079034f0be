package org.safecase.workflow;

import java.time.Instant;

/**
 * A deadline timer fired: the model, the timer's id ({@code triageDeadlineMissed}, ...), the step
 * it watched, the (sub)process instance, the case, when it was due and when it fired.
 */
public record MissedDeadline(String processKey, String timerKey, String watchedStepKey, String scopeId,
                             String caseReference, Instant due, Instant firedAt) {
}
