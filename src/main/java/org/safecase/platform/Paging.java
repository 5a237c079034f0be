package org.safecase.platform;

import java.util.List;

/**
 * The paging numbers of a list's query string ({@code first}, {@code size}), read strictly: a
 * whole number within its limits or a 400 naming the parameter, never coerced or clamped in
 * silence (JAX-RS would answer {@code size=abc} with a 404 if the parameter were an {@code int}).
 */
public final class Paging {
    /** The deepest row a list may start at: deeper than any person pages. */
    public static final int MAX_FIRST = 1_000_000;

    private Paging() {
    }

    /** {@code first}: from 0 to {@value #MAX_FIRST}; 0 when not given. */
    public static int first(String value) {
        return number("first", value, 0, 0, MAX_FIRST);
    }

    /** {@code size}: from 1 to {@code max}; {@code fallback} when not given. */
    public static int size(String value, int fallback, int max) {
        return number("size", value, fallback, 1, max);
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new InvalidInputException(List.of(new FieldProblem(name, "problem.wholeNumberBetween", min, max)));
        }
        return Integer.parseInt(value);
    }
}
