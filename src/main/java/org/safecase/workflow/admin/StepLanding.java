package org.safecase.workflow.admin;

import java.io.Serializable;

/**
 * One step a running case is on now ({@code now}, its name in the case's version) and where it
 * lands in the other version ({@code then}, the same step's name there; null when that version
 * has no such step).
 */
public record StepLanding(String stepId, String now, String then) implements Serializable {
}
