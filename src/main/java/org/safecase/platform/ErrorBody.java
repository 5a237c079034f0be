package org.safecase.platform;

import java.util.List;
import java.util.Locale;

/** JSON body of every REST error: a message a person can act on, and per-field problems, worded in the caller's language. */
public record ErrorBody(int status, String message, List<Field> fields) {
    /** One refused field and why, worded. */
    public record Field(String field, String message) {
    }

    public static ErrorBody of(int status, String message) {
        return new ErrorBody(status, message, List.of());
    }

    static ErrorBody of(int status, String message, List<FieldProblem> problems, Locale locale) {
        return new ErrorBody(status, message, problems.stream()
                .map(p -> new Field(p.field(), p.message(locale))).toList());
    }
}
