package org.safecase.intake;

import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import java.util.ArrayList;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * JSON body of {@code POST /api/incidents}. Times are school-local, e.g. {@code 2026-11-20T16:45}.
 * The yes/no answers are JSON {@code true} or {@code false} only: {@code "yes"}, {@code 1} or
 * {@code "true"} in quotes is refused with the field named, never read as "no" (an urgent report
 * must not lose its urgency to a client's typing).
 */
@Schema(description = "An incident report")
public record ReportRequest(
        @Schema(description = "CYBERBULLYING, HARMFUL_CONTENT, IMPERSONATION, PHONE_ABUSE, NUDE_IMAGES, PUBLISHED_ALLEGATION or OTHER", required = true)
        String category,
        @Schema(description = "What happened (at most 10,000 characters)", required = true)
        String description,
        @Schema(description = "When it happened, school-local time, ISO 8601 (2026-11-20T16:45)", required = true)
        String occurredAt,
        @Schema(description = "Platform or service, e.g. a social network") String platform,
        @Schema(description = "Web address of the material") String locationUrl,
        @Schema(description = "Phone number involved") String phoneNumber,
        @Schema(description = "Account or user name involved") String accountName,
        @Schema(description = "Who is responsible: PUPIL, PARENT_CARER, COLLEAGUE, UNKNOWN or OTHER") String perpetrator,
        @Schema(description = "Their name, if known") String perpetratorName,
        @Schema(description = "Is the reporter in immediate danger? (then phone 999 too)", type = SchemaType.BOOLEAN)
        JsonValue immediateDanger,
        @Schema(description = "Does the reporter want the police involved?", type = SchemaType.BOOLEAN)
        JsonValue policeWanted,
        @Schema(description = "Evidence the reporter holds (messages, screen captures with time, date and address)")
        String evidenceHeld) {

    IncidentReport toReport() {
        List<FieldProblem> problems = new ArrayList<>();
        Boolean danger = yesNo("immediateDanger", immediateDanger, problems);
        Boolean police = yesNo("policeWanted", policeWanted, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new IncidentReport(category, description, parse(occurredAt), platform, locationUrl, phoneNumber,
                accountName, perpetrator, perpetratorName, danger, police, evidenceHeld);
    }

    /** JSON true or false; absent or null is no answer; anything else is a problem with the field. */
    private static Boolean yesNo(String field, JsonValue value, List<FieldProblem> problems) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> {
                problems.add(new FieldProblem(field, "problem.reportRequest.trueOrFalse"));
                yield null;
            }
        };
    }

    private static LocalDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidInputException(List.of(new FieldProblem("occurredAt",
                    "problem.reportRequest.occurredAt")));
        }
    }
}
