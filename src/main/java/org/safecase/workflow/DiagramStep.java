package org.safecase.workflow;

import java.io.Serializable;
import java.util.List;

/**
 * A step of a case's diagram in words: the model element and its name as drawn. {@code within}
 * names the steps open now inside it when it is a call activity whose process runs (the police
 * referral's own steps, say), which the case's diagram does not draw.
 */
public record DiagramStep(String elementId, String name, List<String> within) implements Serializable {
    public DiagramStep {
        within = List.copyOf(within);
    }

    /** The steps open within, one after another, for a sentence. */
    public String withinInWords() {
        return String.join("; ", within);
    }
}
