package org.safecase.policy;

import org.safecase.platform.FieldProblem;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a policy version and of its reminders (R-X-6), without the database: what a new
 * version must hold, and the keys that make each reminder go once.
 */
final class PolicyRules {
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 200_000;
    static final int MAX_NOTE = 500;
    static final int MAX_DOCUMENT_NAME = 255;
    /** A policy is reviewed at least every three years (the model policy says "periodically"; schools review yearly). */
    static final int MAX_REVIEW_YEARS = 3;

    private PolicyRules() {
    }

    /**
     * The problems of a draft, by field: a title; the policy as text or as a PDF, not both and not
     * neither; a review date after today and within {@value #MAX_REVIEW_YEARS} years; a short note.
     * The PDF itself is screened afterwards by evidence's upload checks.
     */
    static List<FieldProblem> problems(PolicyDraft draft, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "problem.policy.title", MAX_TITLE));
        }
        boolean text = draft.text() != null && !draft.text().isBlank();
        boolean document = draft.document() != null && draft.document().length > 0;
        if (text && document) {
            problems.add(new FieldProblem("document", "problem.policy.textOrDocument"));
        } else if (!text && !document) {
            problems.add(new FieldProblem("text", "problem.policy.textOrDocument"));
        } else if (text && draft.text().strip().length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", "problem.policy.textTooLong", MAX_TEXT));
        }
        if (draft.reviewDue() == null || !draft.reviewDue().isAfter(today)
                || draft.reviewDue().isAfter(today.plusYears(MAX_REVIEW_YEARS))) {
            problems.add(new FieldProblem("reviewDue", "problem.policy.reviewDue", today.plusDays(1),
                    today.plusYears(MAX_REVIEW_YEARS)));
        }
        if (draft.changeNote() != null && draft.changeNote().strip().length() > MAX_NOTE) {
            problems.add(new FieldProblem("changeNote", "problem.policy.changeNote", MAX_NOTE));
        }
        return problems;
    }

    /** A PDF's name as kept: its last path part, at most {@value #MAX_DOCUMENT_NAME} characters, ending in .pdf. */
    static String documentName(String submitted) {
        String name = submitted == null ? "" : submitted.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "policy.pdf";
        }
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        return name.length() > MAX_DOCUMENT_NAME ? name.substring(name.length() - MAX_DOCUMENT_NAME) : name;
    }

    /** The ISO week of a day ({@code 2026-W49}): a review or vacancy reminder goes at most once a week. */
    static String week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The head's reminder to one person about one version: at most once a day, however often it is pressed. */
    static String reminderKey(Long versionId, Long userId, LocalDate day) {
        return "policy-remind:" + versionId + ":" + userId + ":" + day;
    }

    /** A passed review date of one version, to one head teacher or LA admin, once a week until a new version. */
    static String reviewKey(Long versionId, Long userId, LocalDate day) {
        return "policy-review:" + versionId + ":" + userId + ":" + week(day);
    }

    /** A vacant role ({@code lead} or {@code dsl}) at one school, to one head teacher, once a week while it lasts. */
    static String vacancyKey(Long schoolId, String role, Long userId, LocalDate day) {
        return "policy-vacant:" + schoolId + ":" + role + ":" + userId + ":" + week(day);
    }

    /** An LA admin's weekly summary of their schools' passed reviews and vacant roles. */
    static String summaryKey(Long localAuthorityId, Long userId, LocalDate day) {
        return "policy-summary:" + localAuthorityId + ":" + userId + ":" + week(day);
    }
}
