package org.safecase.platform;

import java.util.List;

/** JSON body of every REST error: a message a person can act on, and per-field problems. */
public record ErrorBody(int status, String message, List<FieldProblem> fields) {
    public static ErrorBody of(int status, String message) {
        return new ErrorBody(status, message, List.of());
    }
}
