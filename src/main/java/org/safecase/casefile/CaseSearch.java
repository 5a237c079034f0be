package org.safecase.casefile;

import org.safecase.platform.Phrase;
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
 * form or a query string by {@link #of}, which says per field what to fix: a reference or part of
 * one, what the report names (platform, account, web address or phone number, part of it), a
 * category, a status and days of reporting (school-local, both days included).
 */
public record CaseSearch(String reference, String mention, IncidentCategory category, CaseStatus status,
                         LocalDate reportedFrom, LocalDate reportedTo) implements Serializable {
    /** Everything the caller may list. */
    public static final CaseSearch ANY = new CaseSearch(null, null, null, null, null, null);
    /** The longest text searched for among what a report names (the longest of those columns is a web address). */
    public static final int MENTION_MAX = 200;
    static final int MENTION_MIN = 3;

    private static final Pattern REFERENCE = Pattern.compile("SC-\\d{4}-\\d{6}");
    private static final Pattern REFERENCE_PART = Pattern.compile("[A-Z0-9-]{2,14}");
    private static final Pattern PHONE = Pattern.compile("[+()\\d][\\d\\s()+-]*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public CaseSearch {
        List<FieldProblem> problems = new ArrayList<>();
        checkReference(reference, problems);
        checkMention(mention, problems);
        checkOrder(reportedFrom, reportedTo, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Reads the criteria as typed: blanks mean "any"; the reference as {@code SC-2026-000042} or
     * part of it such as {@code 000042} (any case of letters); what the report names as text of
     * {@value #MENTION_MIN} to {@value #MENTION_MAX} characters (any case); category and status by
     * their names; days as {@code yyyy-mm-dd}.
     *
     * @throws InvalidInputException with one problem per field that cannot be read
     */
    public static CaseSearch of(String reference, String mention, String category, String status, String from,
                                String to) {
        List<FieldProblem> problems = new ArrayList<>();
        String ref = blankToNull(reference);
        if (ref != null) {
            ref = ref.toUpperCase(Locale.ROOT);
            checkReference(ref, problems);
        }
        String named = blankToNull(mention);
        checkMention(named, problems);
        IncidentCategory kind = named(IncidentCategory.class, category, "category", "problem.caseSearch.what.category", problems);
        CaseStatus stage = named(CaseStatus.class, status, "status", "problem.caseSearch.what.status", problems);
        LocalDate first = day(from, "from", problems);
        LocalDate last = day(to, "to", problems);
        checkOrder(first, last, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CaseSearch(ref, named, kind, stage, first, last);
    }

    /** True for a whole reference (found exactly), false for part of one (found anywhere in the reference). */
    public boolean wholeReference() {
        return reference != null && REFERENCE.matcher(reference).matches();
    }

    /**
     * The mention as the database holds it ({@code incident.mentions}, V18): lower case, and a
     * phone number by its digits alone; {@code null} if the search names nothing.
     */
    public String mentionAsStored() {
        if (mention == null) {
            return null;
        }
        return PHONE.matcher(mention).matches() ? mention.replaceAll("\\D", "") : mention.toLowerCase(Locale.ROOT);
    }

    private static void checkReference(String reference, List<FieldProblem> problems) {
        if (reference != null && !REFERENCE.matcher(reference).matches() && !REFERENCE_PART.matcher(reference).matches()) {
            problems.add(new FieldProblem("reference", "problem.caseSearch.reference"));
        }
    }

    private static void checkMention(String mention, List<FieldProblem> problems) {
        if (mention == null) {
            return;
        }
        if (mention.length() < MENTION_MIN || mention.length() > MENTION_MAX
                || mention.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("mention", "problem.caseSearch.mentionLength", MENTION_MIN, MENTION_MAX));
        } else if (PHONE.matcher(mention).matches() && mention.replaceAll("\\D", "").length() < MENTION_MIN) {
            problems.add(new FieldProblem("mention", "problem.caseSearch.mentionDigits", MENTION_MIN));
        }
    }

    private static void checkOrder(LocalDate from, LocalDate to, List<FieldProblem> problems) {
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new FieldProblem("from", "problem.caseSearch.fromAfterTo", from, to));
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, String field, String whatKey,
                                               List<FieldProblem> problems) {
        String name = blankToNull(value);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, "problem.caseSearch.noSuchChoice", Phrase.of(whatKey), shortened(name),
                    Arrays.toString(type.getEnumConstants())));
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
        problems.add(new FieldProblem(field, "problem.caseSearch.notADay", shortened(text)));
        return null;
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
