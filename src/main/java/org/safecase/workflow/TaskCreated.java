package org.safecase.workflow;

/**
 * Fired (as a CDI event, inside the creating transaction) for every new task, so that other
 * features can react without knowing the engine: e.g. telling the people who can work on it.
 * {@code urgent}: the case says someone is in immediate danger.
 */
public record TaskCreated(String taskId, String caseReference, Long schoolId, boolean urgent) {
}
