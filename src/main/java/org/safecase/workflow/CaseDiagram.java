package org.safecase.workflow;

import java.io.Serializable;
import java.util.List;

/**
 * Issue #14 item 8, "where is this case": the process model a case runs on, exactly the version it
 * runs on (its BPMN XML, to be drawn), and where the case is in it. {@code doneElements} and
 * {@code openElements} are the model's element ids to highlight (the done ones include the
 * sequence flows taken); {@code stepsDone} and {@code stepsOpen} say the same in words, for
 * those who cannot see the drawing.
 */
public record CaseDiagram(String modelKey, String modelName, int modelVersion, String modelXml,
                          List<String> doneElements, List<String> openElements,
                          List<DiagramStep> stepsDone, List<DiagramStep> stepsOpen) implements Serializable {
    public CaseDiagram {
        doneElements = List.copyOf(doneElements);
        openElements = List.copyOf(openElements);
        stepsDone = List.copyOf(stepsDone);
        stepsOpen = List.copyOf(stepsOpen);
    }

    /** The done element ids for the page's {@code data-done} attribute, comma separated. */
    public String doneAttribute() {
        return String.join(",", doneElements);
    }

    /** The open element ids for the page's {@code data-open} attribute, comma separated. */
    public String openAttribute() {
        return String.join(",", openElements);
    }
}
