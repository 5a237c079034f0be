package org.safecase.intake;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #11 item 1: the report form's day, month, year and time, read strictly. */
class OccurredAtEntryTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneId.of("Europe/London"));

    private static OccurredAtEntry.Parsed parse(String day, String month, String year, String time) {
        return new OccurredAtEntry(day, month, year, time).parse(NOW);
    }

    private static String keysOf(OccurredAtEntry.Parsed parsed) {
        return String.join(",", parsed.problems().stream().map(p -> p.field() + "=" + p.key()).toList());
    }

    @Test
    void issue11_item1_aTypedDateAndTimeKeepTheirMinutes() {
        assertThat(parse("2", "12", "2026", "08:15").at()).isEqualTo(LocalDateTime.of(2026, 12, 2, 8, 15));
        assertThat(parse(" 02 ", "12", "2026", "8:15").at()).isEqualTo(LocalDateTime.of(2026, 12, 2, 8, 15));
        assertThat(parse("1", "1", "2000", "00:00").at()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
        assertThat(parse("3", "12", "2026", "23:59").problems()).extracting(org.safecase.platform.FieldProblem::key)
                .containsExactly("report.occurredAt.problem.future");
    }

    @Test
    void issue11_item1_nothingTypedIsNoMomentAndLeftToTheReportsOwnCheck() {
        assertThat(parse(null, "", " ", null)).isEqualTo(new OccurredAtEntry.Parsed(null, java.util.List.of()));
    }

    @Test
    void issue11_item1_wrongInputIsRefusedOnItsOwnFieldNeverCoerced() {
        assertThat(keysOf(parse("31", "2", "2025", "08:15"))).isEqualTo("occurredDay=report.occurredAt.problem.notReal");
        assertThat(parse("31", "2", "2025", "08:15").problems().get(0).arguments()).containsExactly(31, 2, "2025");
        assertThat(keysOf(parse("32", "13", "26", "24:00"))).isEqualTo("occurredDay=report.occurredAt.problem.day,"
                + "occurredMonth=report.occurredAt.problem.month,occurredYear=report.occurredAt.problem.year,"
                + "occurredTime=report.occurredAt.problem.time");
        assertThat(keysOf(parse("x", "1.5", "2O26", "8.15"))).isEqualTo("occurredDay=report.occurredAt.problem.day,"
                + "occurredMonth=report.occurredAt.problem.month,occurredYear=report.occurredAt.problem.year,"
                + "occurredTime=report.occurredAt.problem.time");
        assertThat(keysOf(parse("", "2", "2025", ""))).isEqualTo("occurredDay=report.occurredAt.problem.dayMissing,"
                + "occurredTime=report.occurredAt.problem.timeMissing");
        assertThat(keysOf(parse("1", "1", "1999", "12:00"))).isEqualTo("occurredYear=report.occurredAt.problem.tooEarly");
        assertThat(keysOf(parse("4", "12", "2026", "08:15"))).isEqualTo("occurredDay=report.occurredAt.problem.future");
        assertThat(keysOf(parse("3", "12", "2026", "12:59"))).isEqualTo("occurredTime=report.occurredAt.problem.future");
        assertThat(keysOf(parse("1", "1", "2026", "12:60"))).isEqualTo("occurredTime=report.occurredAt.problem.time");
    }

    @Test
    void issue11_item1_everyProblemKeyIsInTheBundle() {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(org.safecase.platform.Messages.BUNDLE,
                java.util.Locale.UK);
        for (String key : new String[]{"day", "dayMissing", "month", "monthMissing", "year", "yearMissing", "tooEarly",
                "notReal", "future", "time", "timeMissing"}) {
            assertThat(bundle.containsKey("report.occurredAt.problem." + key)).as(key).isTrue();
        }
    }

    @Test
    void issue11_item1_aMomentKeptBeforeShowsInTheFields() {
        assertThat(OccurredAtEntry.of(LocalDateTime.of(2026, 3, 7, 8, 5)))
                .isEqualTo(new OccurredAtEntry("7", "3", "2026", "08:05"));
    }
}
