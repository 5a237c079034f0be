package org.safecase.casefile;

import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What to look for in the case register; every part may be left out. Made from the words of a
 * form or a query string by {@link #of}, which says per field what to fix; a search never holds
 * free text, only a reference, a category, a status and days of reporting (school-local, both
 * days included).
 */
public record CaseSearch(String reference, IncidentCategory category, CaseStatus status, LocalDate reportedFrom,
                         LocalDate reportedTo) implements Serializable {
    /** Everything the caller may list. */
    public static final CaseSearch ANY = new CaseSearch(null, null, null, null, null);

    private static final Pattern REFERENCE = Pattern.compile("SC-\\d{4}-\\d{6}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public CaseSearch {
        List<FieldProblem> problems = new ArrayList<>();
        checkReference(reference, problems);
        checkOrder(reportedFrom, reportedTo, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Reads the criteria as typed: blanks mean "any"; the reference as {@code SC-2026-000042}
     * (any case of letters); category and status by their names; days as {@code yyyy-mm-dd}.
     *
     * @throws InvalidInputException with one problem per field that cannot be read
     */
    public static CaseSearch of(String reference, String category, String status, String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        String ref = blankToNull(reference);
        if (ref != null) {
            ref = ref.toUpperCase(Locale.ROOT);
            checkReference(ref, problems);
        }
        IncidentCategory kind = named(IncidentCategory.class, category, "category", "kind of incident", problems);
        CaseStatus stage = named(CaseStatus.class, status, "status", "status", problems);
        LocalDate first = day(from, "from", problems);
        LocalDate last = day(to, "to", problems);
        checkOrder(first, last, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CaseSearch(ref, kind, stage, first, last);
    }

    private static void checkReference(String reference, List<FieldProblem> problems) {
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            problems.add(new FieldProblem("reference",
                    "Give the case reference as SC-, the year, a dash and six digits, for example SC-2026-000042."));
        }
    }

    private static void checkOrder(LocalDate from, LocalDate to, List<FieldProblem> problems) {
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new FieldProblem("from", "The first day (" + from + ") is after the last day (" + to
                    + "); swap them or leave one out."));
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, String field, String what,
                                               List<FieldProblem> problems) {
        String name = blankToNull(value);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, "There is no " + what + " called \"" + shortened(name)
                    + "\"; choose one of " + Arrays.toString(type.getEnumConstants()) + "."));
            return null;
        }
    }

    private static LocalDate day(String value, String field, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            if (DAY.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException notADay) {
            // answered below, like any other text that is not a day
        }
        problems.add(new FieldProblem(field, "\"" + shortened(text)
                + "\" is not a day; give it as year-month-day, for example 2026-03-31."));
        return null;
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
