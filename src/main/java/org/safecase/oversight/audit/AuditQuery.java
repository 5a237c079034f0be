package org.safecase.oversight.audit;

import org.safecase.platform.AuditAction;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an LA admin searches the audit trail for (issue #15 item 1): a user (user name), a school
 * (id), a case reference (or any subject), an action, and dates from and to (inclusive, yyyy-mm-dd).
 * Every part is optional; a wrong one is refused in words, naming the field.
 */
public record AuditQuery(String username, Long schoolId, String reference, AuditAction action, LocalDate from,
                         LocalDate to) {
    static final int MAX_TEXT = 100;

    public static AuditQuery of(String username, String school, String reference, String action, String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        Long schoolId = null;
        if (present(school)) {
            try {
                schoolId = Long.valueOf(school.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("school", "audit.problem.school"));
            }
        }
        AuditAction chosen = null;
        if (present(action)) {
            try {
                chosen = AuditAction.valueOf(action.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("action", "audit.problem.action"));
            }
        }
        LocalDate since = date("from", from, problems);
        LocalDate until = date("to", to, problems);
        if (since != null && until != null && until.isBefore(since)) {
            problems.add(new FieldProblem("to", "audit.problem.toBeforeFrom"));
        }
        if (tooLong(username) || tooLong(reference)) {
            problems.add(new FieldProblem(tooLong(username) ? "user" : "reference", "audit.problem.tooLong", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AuditQuery(present(username) ? username.strip().toLowerCase(java.util.Locale.ROOT) : null, schoolId,
                present(reference) ? reference.strip() : null, chosen, since, until);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }

    private static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (!present(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "audit.problem.date"));
            return null;
        }
    }
}
