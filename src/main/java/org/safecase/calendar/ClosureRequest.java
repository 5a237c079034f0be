package org.safecase.calendar;

import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** JSON body for adding a closure: dates as {@code 2026-12-21}. */
public record ClosureRequest(String firstDay, String lastDay, String reason) {
    LocalDate first() {
        return parse("firstDay", firstDay);
    }

    LocalDate last() {
        return parse("lastDay", lastDay);
    }

    private static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "problem.closureRequest.dateFormat")));
        }
    }
}
