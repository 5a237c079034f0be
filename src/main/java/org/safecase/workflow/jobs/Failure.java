package org.safecase.workflow.jobs;

import java.util.ArrayList;
import java.util.List;

/**
 * One exception of a failed job's chain: its class and the first line of its message (null when
 * it has none). Read off the stack trace the engine keeps with the job, outermost first.
 */
record Failure(String type, String message) {

    /**
     * The chain of a stack trace as {@link Throwable#printStackTrace()} writes it: the first line
     * and each {@code Caused by:} line give an exception; frames and suppressed exceptions are
     * skipped. Without a stack trace, the message the engine kept alone (type unknown).
     */
    static List<Failure> chainOf(String stackTrace, String message) {
        List<Failure> chain = new ArrayList<>();
        if (stackTrace != null && !stackTrace.isBlank()) {
            String[] lines = stackTrace.split("\\R");
            chain.add(parse(lines[0]));
            for (String line : lines) {
                if (line.startsWith("Caused by: ")) {
                    chain.add(parse(line.substring("Caused by: ".length())));
                }
            }
        }
        if (chain.isEmpty()) {
            chain.add(new Failure(null, firstLine(message)));
        }
        return List.copyOf(chain);
    }

    /** The innermost exception: the one that says what went wrong, beneath the engine's wrappers. */
    static Failure root(List<Failure> chain) {
        return chain.get(chain.size() - 1);
    }

    private static Failure parse(String header) {
        String line = header.strip();
        int colon = line.indexOf(": ");
        if (colon < 0) {
            return new Failure(line.isEmpty() ? null : line, null);
        }
        return new Failure(line.substring(0, colon), firstLine(line.substring(colon + 2)));
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().split("\\R", 2)[0];
    }
}
