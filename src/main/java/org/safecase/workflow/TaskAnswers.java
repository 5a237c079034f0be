package org.safecase.workflow;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.safecase.platform.Phrase;
import org.safecase.platform.ClockProducer;
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
 * variables through a form. Over the API the answers are typed JSON ({@link #fromJson}); a page
 * gives them as text.
 * <p>
 * Item 6 of issue #10: a text answer is at most as long as the column it is kept in
 * ({@link #maxText}); a date is from 2000-01-01 ({@link ClockProducer#FIRST_YEAR}) to a year after today.
 */
public final class TaskAnswers {
    /** The longest text answer, the width of the case record's text columns (V13). */
    public static final int MAX_TEXT = 500;
    /** Text answers kept in narrower columns: the child's label (V10, 40) and who agreed not to tell the parents (V10, 200). */
    private static final Map<String, Integer> NARROWER = Map.of("childLabel", 40, "notInformedAgreedBy", 200);

    private TaskAnswers() {
    }

    /** The longest answer a text field takes: the width of the column it is kept in. */
    public static int maxText(String fieldId) {
        return NARROWER.getOrDefault(fieldId, MAX_TEXT);
    }

    /** How many characters a page lets a person type for this field: a whole number's 19, or its text's limit. */
    public static int maxLength(FormField field) {
        return field.kind() == FormField.Kind.NUMBER ? 19 : maxText(field.id());
    }

    /**
     * The answers of a JSON body as the form's text: yes/no as JSON {@code true}/{@code false},
     * whole numbers as JSON numbers, everything else as JSON strings; {@code null} is no answer.
     * Anything else is refused naming the field, never coerced ({@code "true"} in quotes, {@code 1}
     * for yes, {@code 12} for a text).
     */
    public static Map<String, String> fromJson(List<FormField> fields, JsonObject body) {
        Map<String, String> answers = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null) {
            return answers;
        }
        body.forEach((key, value) -> {
            FormField field = fields.stream().filter(f -> f.id().equals(key)).findFirst().orElse(null);
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                answers.put(key, null);
            } else if (field == null) {
                answers.put(key, value.toString());
            } else {
                String text = asText(field.kind(), value);
                if (text == null) {
                    problems.add(new FieldProblem(key, switch (field.kind()) {
                        case YES_NO -> "problem.trueOrFalse";
                        case NUMBER -> "problem.wholeNumberNoQuotes";
                        default -> "problem.textInQuotes";
                    }));
                } else {
                    answers.put(key, text);
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return answers;
    }

    private static String asText(FormField.Kind kind, JsonValue value) {
        return switch (kind) {
            case YES_NO -> value == JsonValue.TRUE ? "true" : value == JsonValue.FALSE ? "false" : null;
            case NUMBER -> value instanceof JsonNumber number && number.isIntegral() ? number.bigIntegerValue().toString()
                    : null;
            default -> value instanceof JsonString text ? text.getString() : null;
        };
    }

    /** The answers as checked, by field id; {@code today} bounds the dates. */
    public static Map<String, String> check(List<FormField> fields, Map<String, String> answers, LocalDate today) {
        Map<String, String> given = answers == null ? Map.of() : answers;
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> kept = new HashMap<>();
        for (FormField field : fields) {
            String value = given.get(field.id()) == null ? null : given.get(field.id()).strip();
            if (value == null || value.isEmpty()) {
                if (field.required()) {
                    problems.add(new FieldProblem(field.id(), "problem.answer", field.label()));
                }
                continue;
            }
            Phrase problem = problemWith(field, value, today);
            if (problem != null) {
                problems.add(new FieldProblem(field.id(), problem));
            } else {
                kept.put(field.id(), field.kind() == FormField.Kind.YES_NO ? value.toLowerCase(Locale.ROOT) : value);
            }
        }
        given.keySet().stream().filter(key -> fields.stream().noneMatch(f -> f.id().equals(key)))
                .forEach(key -> problems.add(new FieldProblem(key, "problem.taskDoesNotAsk", shortened(key))));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return kept;
    }

    private static Phrase problemWith(FormField field, String value, LocalDate today) {
        return switch (field.kind()) {
            case YES_NO -> "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value) ? null : Phrase.of("problem.yesOrNo");
            case CHOICE -> field.choices().containsKey(value) ? null
                    : Phrase.of("problem.chooseOneOf", String.join(", ", field.choices().values()));
            case DATE -> dateProblem(value, today);
            case NUMBER -> value.matches("-?\\d{1,18}") ? null : Phrase.of("problem.wholeNumber");
            case TEXT -> value.length() <= maxText(field.id()) ? null
                    : Phrase.of("problem.tooLong", maxText(field.id()));
        };
    }

    private static Phrase dateProblem(String value, LocalDate today) {
        LocalDate day;
        try {
            day = value.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value) : null;
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            return Phrase.of("problem.dateFormat");
        }
        LocalDate latest = today.plusYears(1);
        if (day.getYear() < ClockProducer.FIRST_YEAR || day.isAfter(latest)) {
            return Phrase.of("problem.dateBetween", ClockProducer.FIRST_YEAR + "-01-01", latest);
        }
        return null;
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }
}
