package org.safecase.workflow.admin;

import java.util.List;

/** A model that failed its checks (issue #14 item 4): nothing was deployed; the problems say why. */
public class ModelRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ModelProblem> problems;

    public ModelRefusedException(List<ModelProblem> problems) {
        super(problems.size() + " problem(s) in the model");
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
