package org.safecase.platform;

import java.util.List;

/** Input refused at the boundary; nothing was stored. Carries one problem per field (a key and arguments each). */
public class InvalidInputException extends RuntimeException {
    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
