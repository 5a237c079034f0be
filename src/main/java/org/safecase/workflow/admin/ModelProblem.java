package org.safecase.workflow.admin;

import java.util.List;

/**
 * One reason a model cannot be deployed, in words: a key of the messages bundle
 * ({@code models.problem.*}) with its arguments, and the element it is about (null for the
 * whole model), so the editor can select it.
 */
public record ModelProblem(String messageKey, List<String> arguments, String elementId) {
    public ModelProblem {
        arguments = List.copyOf(arguments);
    }

    public static ModelProblem of(String messageKey, String elementId, String... arguments) {
        return new ModelProblem(messageKey, List.of(arguments), elementId);
    }
}
