package org.safecase.identity;

import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * The query strings of the administration lists (issue #13 item 3), read strictly like the
 * inbox's: a school as a whole number, yes/no as {@code true} or {@code false} only, a search text
 * of at most {@value #MAX_TEXT} characters; anything else is refused naming the parameter.
 */
final class AdministrationQuery {
    static final int MAX_TEXT = 200;
    private final List<FieldProblem> problems = new ArrayList<>();

    private AdministrationQuery() {
    }

    /** The search text of the schools' list. */
    static String schoolText(String text) {
        AdministrationQuery read = new AdministrationQuery();
        String checked = read.text(text);
        read.done();
        return checked;
    }

    /** What the users' list is to show: one school (or all in scope), a name or e-mail, and whether deactivated users too. */
    static StaffAdministration.Filter staffFilter(String school, String text, String inactive) {
        AdministrationQuery read = new AdministrationQuery();
        StaffAdministration.Filter filter = new StaffAdministration.Filter(read.id("school", school), read.text(text),
                read.flag("inactive", inactive));
        read.done();
        return filter;
    }

    private void done() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private String text(String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", "problem.administrationQuery.text", MAX_TEXT));
            return null;
        }
        return value;
    }

    private Long id(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("[1-9][0-9]{0,17}")) {
            problems.add(new FieldProblem(name, "problem.wholeNumber"));
            return null;
        }
        return Long.valueOf(value);
    }

    private boolean flag(String name, String value) {
        if (value == null || value.isEmpty() || "false".equals(value)) {
            return false;
        }
        if ("true".equals(value)) {
            return true;
        }
        problems.add(new FieldProblem(name, "problem.administrationQuery.trueOrFalse"));
        return false;
    }
}
