package org.safecase.workflow.admin;

import java.io.Serializable;
import java.util.List;

/**
 * One running case in a migration preview: its reference, the steps it is on now and where each
 * lands, whether it can move, why not (in words) and what else the move changes for it (notes).
 */
public record CaseMigrationLine(String caseReference, List<StepLanding> steps, boolean movable,
                                List<String> cannotMoveBecause, List<String> notes) implements Serializable {
    public CaseMigrationLine {
        steps = List.copyOf(steps);
        cannotMoveBecause = List.copyOf(cannotMoveBecause);
        notes = List.copyOf(notes);
    }
}
