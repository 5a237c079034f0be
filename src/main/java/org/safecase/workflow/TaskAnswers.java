package org.safecase.workflow;

import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the answers to a task form against its fields before anything is stored, and says
 * per field what to fix. Only declared fields are kept, so a client cannot set other process
 * variables through a form.
 */
public final class TaskAnswers {
    public static final int MAX_TEXT = 500;

    private TaskAnswers() {
    }

    public static Map<String, String> check(List<FormField> fields, Map<String, String> answers) {
        Map<String, String> given = answers == null ? Map.of() : answers;
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> kept = new HashMap<>();
        for (FormField field : fields) {
            String value = given.get(field.id()) == null ? null : given.get(field.id()).strip();
            if (value == null || value.isEmpty()) {
                if (field.required()) {
                    problems.add(new FieldProblem(field.id(), "Answer: " + field.label()));
                }
                continue;
            }
            String problem = problemWith(field, value);
            if (problem != null) {
                problems.add(new FieldProblem(field.id(), problem));
            } else {
                kept.put(field.id(), field.kind() == FormField.Kind.YES_NO ? value.toLowerCase(Locale.ROOT) : value);
            }
        }
        given.keySet().stream().filter(key -> fields.stream().noneMatch(f -> f.id().equals(key)))
                .forEach(key -> problems.add(new FieldProblem(key, "This task does not ask for " + key + ".")));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return kept;
    }

    private static String problemWith(FormField field, String value) {
        return switch (field.kind()) {
            case YES_NO -> "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value) ? null : "Answer yes or no.";
            case CHOICE -> field.choices().containsKey(value) ? null
                    : "Choose one of: " + String.join(", ", field.choices().values()) + ".";
            case DATE -> isIsoDate(value) ? null : "Give the date as 2026-11-24.";
            case NUMBER -> value.matches("-?\\d{1,18}") ? null : "Give a whole number.";
            case TEXT -> value.length() <= MAX_TEXT ? null : "Keep this to " + MAX_TEXT + " characters at most.";
        };
    }

    private static boolean isIsoDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
