package org.safecase.takedown;

import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks a directory entry at the boundary and says per field what to fix. */
public final class ProviderRules {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ProviderRules() {
    }

    public static ProviderEntry check(ProviderRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(request.name(), "name", 100, true, "problem.providerRules.name", problems);
        ProviderKind kind = null;
        if (request.kind() == null || request.kind().isBlank()) {
            problems.add(new FieldProblem("kind", "problem.providerRules.kind"));
        } else {
            try {
                kind = ProviderKind.valueOf(request.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem("kind", "problem.chooseOneOf", Arrays.toString(ProviderKind.values())));
            }
        }
        String route = text(request.reportingRoute(), "reportingRoute", 1000, true,
                "problem.providerRules.reportingRoute", problems);
        String phone = text(request.phone(), "phone", 200, false, null, problems);
        String email = text(request.email(), "email", 254, false, null, problems);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "problem.providerRules.email"));
        }
        String web = text(request.webAddress(), "webAddress", 500, false, null, problems);
        if (web != null && !web.matches("https?://\\S+")) {
            problems.add(new FieldProblem("webAddress", "problem.providerRules.webAddress"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ProviderEntry(name, kind, route, phone, email, web);
    }

    private static String text(String value, String field, int max, boolean required, String missing,
                               List<FieldProblem> problems) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, missing));
            }
            return null;
        }
        if (trimmed.length() > max) {
            problems.add(new FieldProblem(field, "problem.tooLong", max));
        }
        return trimmed;
    }
}
