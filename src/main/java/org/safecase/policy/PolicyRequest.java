package org.safecase.policy;

import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * JSON body to publish a version as text: {@code {"schoolId":1,"title":"...","text":"...",
 * "reviewDue":"2027-09-01","changeNote":"..."}} ({@code schoolId} may be left out by a head
 * teacher: their own school). A PDF is published on the page.
 */
public record PolicyRequest(Long schoolId, String title, String text, String reviewDue, String changeNote) {
    PolicyDraft draft() {
        return new PolicyDraft(title, text, null, null, day(), changeNote);
    }

    private LocalDate day() {
        if (reviewDue == null || reviewDue.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(reviewDue.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidInputException(List.of(new FieldProblem("reviewDue", "problem.closureRequest.dateFormat")));
        }
    }
}
