package org.safecase.intake;

import org.safecase.casefile.Circumstances;
import org.safecase.casefile.IncidentCategory;
import org.safecase.casefile.IncidentDetails;
import org.safecase.casefile.PerpetratorKind;
import org.safecase.platform.ClockProducer;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.WebAddresses;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a report at the boundary and says, per field, what to fix. Used by the form and the
 * REST API alike, so both refuse the same input with the same words and store nothing.
 */
public final class ReportValidator {
    public static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_PLATFORM = 100;
    static final int MAX_URL = 2048;
    static final int MAX_ACCOUNT = 200;
    static final int MAX_EVIDENCE = 2000;
    static final int MAX_PHONE = 40;
    /** Each text field's limit, the width of its column in {@code incident} (V1, V6): for the form's maxlength. */
    static final java.util.Map<String, Integer> LIMITS = java.util.Map.of("description", MAX_DESCRIPTION,
            "platform", MAX_PLATFORM, "locationUrl", MAX_URL, "phoneNumber", MAX_PHONE, "accountName", MAX_ACCOUNT,
            "perpetratorName", MAX_ACCOUNT, "evidenceHeld", MAX_EVIDENCE);
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{3," + MAX_PHONE + "}");
    /** Reports about the distant past are fine; the year 1900 is a typing error. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(ClockProducer.FIRST_YEAR, 1, 1, 0, 0);

    private final Clock clock;

    public ReportValidator(Clock clock) {
        this.clock = clock;
    }

    public IncidentDetails validate(IncidentReport report) {
        List<FieldProblem> problems = new ArrayList<>();
        IncidentCategory category = category(report.category(), problems);
        String description = trimToNull(report.description());
        if (description == null) {
            problems.add(new FieldProblem("description", "problem.reportValidator.description"));
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "problem.reportValidator.descriptionTooLong",
                    MAX_DESCRIPTION, description.length()));
        }
        LocalDateTime occurredAt = report.occurredAt();
        if (occurredAt == null) {
            problems.add(new FieldProblem("occurredAt", "problem.reportValidator.occurredAt"));
        } else if (occurredAt.isAfter(LocalDateTime.now(clock).plusMinutes(5))) {
            problems.add(new FieldProblem("occurredAt", "problem.reportValidator.occurredInFuture"));
        } else if (occurredAt.isBefore(EARLIEST)) {
            problems.add(new FieldProblem("occurredAt", "problem.reportValidator.occurredBefore2000"));
        }
        String platform = limited("platform", report.platform(), MAX_PLATFORM, problems);
        String url = limited("locationUrl", report.locationUrl(), MAX_URL, problems);
        if (url != null && !WebAddresses.isWebAddress(url)) {
            problems.add(new FieldProblem("locationUrl", "problem.reportValidator.locationUrl"));
        }
        String phone = trimToNull(report.phoneNumber());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phoneNumber", "problem.reportValidator.phoneNumber"));
        }
        String account = limited("accountName", report.accountName(), MAX_ACCOUNT, problems);
        Circumstances circumstances = circumstances(report, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new IncidentDetails(category, description, occurredAt, platform, url, phone, account, circumstances);
    }

    private static Circumstances circumstances(IncidentReport report, List<FieldProblem> problems) {
        PerpetratorKind who = PerpetratorKind.UNKNOWN;
        String kind = trimToNull(report.perpetrator());
        if (kind != null) {
            try {
                who = PerpetratorKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem("perpetrator", "problem.reportValidator.perpetrator",
                        Arrays.toString(PerpetratorKind.values())));
            }
        }
        String name = limited("perpetratorName", report.perpetratorName(), MAX_ACCOUNT, problems);
        String evidence = limited("evidenceHeld", report.evidenceHeld(), MAX_EVIDENCE, problems);
        return new Circumstances(who, name, Boolean.TRUE.equals(report.immediateDanger()),
                Boolean.TRUE.equals(report.policeWanted()), evidence);
    }

    private static IncidentCategory category(String value, List<FieldProblem> problems) {
        String name = trimToNull(value);
        if (name == null) {
            problems.add(new FieldProblem("category", "problem.reportValidator.category"));
            return null;
        }
        try {
            return IncidentCategory.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem("category", "problem.reportValidator.unknownCategory",
                    Arrays.toString(IncidentCategory.values())));
            return null;
        }
    }

    private static String limited(String field, String value, int max, List<FieldProblem> problems) {
        String trimmed = trimToNull(value);
        if (trimmed != null && trimmed.length() > max) {
            problems.add(new FieldProblem(field, "problem.tooLongGrouped", max));
        }
        return trimmed;
    }


    private static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
