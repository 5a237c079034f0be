package org.safecase.platform;

/** One input field that was refused, and why, in words. */
public record FieldProblem(String field, String message) {
}
