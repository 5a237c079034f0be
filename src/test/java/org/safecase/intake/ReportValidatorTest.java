package org.safecase.intake;

import org.junit.jupiter.api.Test;
import org.safecase.casefile.Circumstances;
import org.safecase.casefile.IncidentCategory;
import org.safecase.casefile.PerpetratorKind;
import org.safecase.casefile.IncidentDetails;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReportValidatorTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), LONDON);
    private final ReportValidator validator = new ReportValidator(NOW);

    private static IncidentReport report(String category, String description, LocalDateTime when) {
        return new IncidentReport(category, description, when, " ChatApp ", "https://example.org/p/1",
                "+44 (0)7700 900123", "@someone");
    }

    private InvalidInputException refused(IncidentReport report) {
        return catchThrowableOfType(InvalidInputException.class, () -> validator.validate(report));
    }

    @Test
    void R_ST_1_validReportIsAcceptedWithTrimmedFields() {
        IncidentDetails details = validator.validate(report("cyberbullying", "  Abusive comments  ",
                LocalDateTime.of(2026, 11, 19, 16, 40)));

        assertThat(details.category()).isEqualTo(IncidentCategory.CYBERBULLYING);
        assertThat(details.description()).isEqualTo("Abusive comments");
        assertThat(details.platform()).isEqualTo("ChatApp");
        assertThat(details.phoneNumber()).isEqualTo("+44 (0)7700 900123");
    }

    @Test
    void missingCategoryDescriptionAndDateAreEachExplained() {
        InvalidInputException e = refused(report(null, "   ", null));

        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("category", "description", "occurredAt");
        assertThat(e.problems().get(0).message()).contains("Choose what kind of incident");
    }

    @Test
    void unknownCategoryNamesTheChoices() {
        InvalidInputException e = refused(report("SPAM", "text", LocalDateTime.of(2026, 11, 19, 9, 0)));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("category");
            assertThat(p.message()).contains("Unknown kind of incident", "CYBERBULLYING", "NUDE_IMAGES");
        });
    }

    @Test
    void descriptionOf100kBIsRefusedWithItsLength() {
        InvalidInputException e = refused(report("OTHER", "x".repeat(102_400), LocalDateTime.of(2026, 11, 19, 9, 0)));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("description");
            assertThat(p.message()).contains("10,000").contains("102,400");
        });
    }

    @Test
    void descriptionOfExactlyTheLimitIsAccepted() {
        assertThat(validator.validate(report("OTHER", "y".repeat(ReportValidator.MAX_DESCRIPTION),
                LocalDateTime.of(2026, 11, 19, 9, 0))).description()).hasSize(ReportValidator.MAX_DESCRIPTION);
    }

    @Test
    void dateInTheFutureIsRefused() {
        InvalidInputException e = refused(report("OTHER", "text", LocalDateTime.of(2026, 11, 21, 9, 0)));

        assertThat(e.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("cannot be in the future"));
    }

    @Test
    void aFewMinutesOfClockDriftIsTolerated() {
        assertThat(validator.validate(report("OTHER", "text", LocalDateTime.of(2026, 11, 20, 15, 3)))).isNotNull();
    }

    @Test
    void malformedUrlAndPhoneAreRefused() {
        InvalidInputException e = refused(new IncidentReport("OTHER", "text", LocalDateTime.of(2026, 11, 19, 9, 0),
                null, "javascript:alert(1)", "call me", null));

        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("locationUrl", "phoneNumber");
    }

    @Test
    void R_ST_3_circumstancesAreKeptAndUnknownPerpetratorIsTheDefault() {
        IncidentDetails details = validator.validate(new IncidentReport("CYBERBULLYING", "text",
                LocalDateTime.of(2026, 11, 19, 9, 0), null, null, null, null, "parent_carer", " Mr X ", true, true,
                "Screen captures with date and address"));

        assertThat(details.circumstances().perpetrator()).isEqualTo(PerpetratorKind.PARENT_CARER);
        assertThat(details.circumstances().perpetratorName()).isEqualTo("Mr X");
        assertThat(details.circumstances().immediateDanger()).isTrue();
        assertThat(details.circumstances().policeWanted()).isTrue();
        assertThat(validator.validate(report("OTHER", "t", LocalDateTime.of(2026, 11, 19, 9, 0))).circumstances())
                .isEqualTo(Circumstances.NONE_GIVEN);
    }

    @Test
    void unknownPerpetratorKindAndOverlongEvidenceAreRefused() {
        InvalidInputException e = refused(new IncidentReport("OTHER", "text", LocalDateTime.of(2026, 11, 19, 9, 0),
                null, null, null, null, "ALIENS", null, null, null, "e".repeat(2001)));

        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("perpetrator", "evidenceHeld");
    }
}
