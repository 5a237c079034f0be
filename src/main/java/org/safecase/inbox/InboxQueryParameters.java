package org.safecase.inbox;

import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.workflow.InboxFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The inbox's filter as given in a query string or a page, read strictly: yes/no as
 * {@code true}/{@code false} only, numbers as numbers, words from their lists; anything else is
 * refused naming the parameter, never guessed.
 */
final class InboxQueryParameters {
    private final List<FieldProblem> problems = new ArrayList<>();

    static InboxFilter filter(String reference, String category, String urgent, String overdue, String dueThisWeek,
                              String claim, String school) {
        InboxQueryParameters read = new InboxQueryParameters();
        InboxFilter filter = new InboxFilter(read.reference(reference), read.category(category), read.flag("urgent", urgent),
                read.flag("overdue", overdue), read.flag("dueThisWeek", dueThisWeek), read.claim(claim),
                read.number("school", school));
        if (!read.problems.isEmpty()) {
            throw new InvalidInputException(read.problems);
        }
        return filter;
    }

    private String reference(String value) {
        if (value != null && (value.length() > InboxFilter.MAX_REFERENCE || !value.strip().matches("[A-Za-z0-9-]*"))) {
            problems.add(new FieldProblem("reference", "problem.inboxQueryParameters.reference",
                    InboxFilter.MAX_REFERENCE));
            return null;
        }
        return value;
    }

    private String category(String value) {
        if (value != null && !value.isBlank() && !value.matches("[A-Z_]{1,40}")) {
            problems.add(new FieldProblem("category", "problem.inboxQueryParameters.category"));
            return null;
        }
        return value;
    }

    private boolean flag(String name, String value) {
        if (value == null || value.isEmpty() || "false".equals(value)) {
            return false;
        }
        if ("true".equals(value)) {
            return true;
        }
        problems.add(new FieldProblem(name, "problem.inboxQueryParameters.trueOrFalse"));
        return false;
    }

    private InboxFilter.Claim claim(String value) {
        if (value == null || value.isEmpty()) {
            return InboxFilter.Claim.ANY;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "any" -> InboxFilter.Claim.ANY;
            case "mine" -> InboxFilter.Claim.MINE;
            case "unclaimed" -> InboxFilter.Claim.UNCLAIMED;
            default -> {
                problems.add(new FieldProblem("claim", "problem.inboxQueryParameters.claim"));
                yield InboxFilter.Claim.ANY;
            }
        };
    }

    private Long number(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("[1-9][0-9]{0,17}")) {
            problems.add(new FieldProblem(name, "problem.inboxQueryParameters.wholeNumber"));
            return null;
        }
        return Long.valueOf(value);
    }
}
