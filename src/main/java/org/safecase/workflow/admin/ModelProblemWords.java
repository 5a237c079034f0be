package org.safecase.workflow.admin;

import org.safecase.platform.Messages;

import java.util.List;

/** A refused model's problems in the reader's words, one sentence each, for the library and editor pages. */
public final class ModelProblemWords {
    private ModelProblemWords() {
    }

    public static List<String> of(List<ModelProblem> problems) {
        return problems.stream().map(problem -> Messages.text(problem.messageKey(), problem.arguments().toArray())).toList();
    }
}
