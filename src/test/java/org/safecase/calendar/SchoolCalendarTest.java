package org.safecase.calendar;

import org.junit.jupiter.api.Test;
import org.safecase.identity.Nation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchoolCalendarTest {
    private static final WorkingPeriod ONE_DAY = WorkingPeriod.parse("P1D");
    private final SchoolCalendar england = new SchoolCalendar(Nation.ENGLAND, List.of(), SchoolDay.DEFAULT);

    private static LocalDateTime at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min);
    }

    @Test
    void R_X_1_fridayEveningReportWithOneWorkingDayIsDueMondayNotSaturday() {
        assertThat(england.plus(at(2026, 11, 20, 17, 30), ONE_DAY)).isEqualTo(at(2026, 11, 23, 16, 30));
    }

    @Test
    void R_X_1_oneWorkingDayDuringTheDayIsTheSameTimeNextWorkingDay() {
        assertThat(england.plus(at(2026, 11, 24, 10, 15), ONE_DAY)).isEqualTo(at(2026, 11, 25, 10, 15));
        assertThat(england.plus(at(2026, 11, 27, 10, 15), ONE_DAY)).isEqualTo(at(2026, 11, 30, 10, 15));
    }

    @Test
    void R_X_1_weekendAndEarlyMorningCountFromTheNextSchoolMorning() {
        assertThat(england.plus(at(2026, 11, 22, 11, 0), WorkingPeriod.parse("PT2H"))).isEqualTo(at(2026, 11, 23, 10, 30));
        assertThat(england.plus(at(2026, 11, 24, 6, 0), WorkingPeriod.parse("PT2H"))).isEqualTo(at(2026, 11, 24, 10, 30));
    }

    @Test
    void R_X_1_hoursCarryOverToTheNextSchoolDay() {
        assertThat(england.plus(at(2026, 11, 24, 15, 30), WorkingPeriod.parse("PT3H"))).isEqualTo(at(2026, 11, 25, 10, 30));
    }

    @Test
    void R_X_1_bankHolidaysAreSkippedPerNation() {
        LocalDateTime thursdayBeforeEaster = at(2026, 4, 2, 12, 0);
        assertThat(england.plus(thursdayBeforeEaster, ONE_DAY)).as("Good Friday and Easter Monday")
                .isEqualTo(at(2026, 4, 7, 12, 0));
        SchoolCalendar scotland = new SchoolCalendar(Nation.SCOTLAND, List.of(), SchoolDay.DEFAULT);
        assertThat(scotland.plus(thursdayBeforeEaster, ONE_DAY)).as("no Easter Monday in Scotland")
                .isEqualTo(at(2026, 4, 6, 12, 0));
        SchoolCalendar northernIreland = new SchoolCalendar(Nation.NORTHERN_IRELAND, List.of(), SchoolDay.DEFAULT);
        assertThat(northernIreland.plus(at(2026, 3, 16, 12, 0), ONE_DAY)).as("St Patrick's Day")
                .isEqualTo(at(2026, 3, 18, 12, 0));
        assertThat(england.plus(at(2026, 3, 16, 12, 0), ONE_DAY)).isEqualTo(at(2026, 3, 17, 12, 0));
    }

    @Test
    void R_X_1_schoolClosuresAreSkipped() {
        SchoolCalendar withTrainingDay = new SchoolCalendar(Nation.ENGLAND,
                List.of(new ClosurePeriod(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25))), SchoolDay.DEFAULT);

        assertThat(withTrainingDay.plus(at(2026, 11, 24, 10, 0), ONE_DAY)).isEqualTo(at(2026, 11, 26, 10, 0));
        assertThat(withTrainingDay.isWorkingDay(LocalDate.of(2026, 11, 25))).isFalse();
    }

    @Test
    void R_X_1_deadlinesRunAcrossTheChristmasTermBreak() {
        SchoolCalendar withHolidays = new SchoolCalendar(Nation.ENGLAND,
                List.of(new ClosurePeriod(LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 4))), SchoolDay.DEFAULT);

        assertThat(withHolidays.plus(at(2026, 12, 17, 14, 0), WorkingPeriod.parse("P2D")))
                .as("Friday 18th counts, then the term restarts on Tuesday 5 January")
                .isEqualTo(at(2027, 1, 5, 14, 0));
    }

    @Test
    void R_X_1_deadlineAtTheEndOfTheDayStaysOnThatDay() {
        assertThat(england.plus(at(2026, 11, 24, 8, 30), ONE_DAY)).isEqualTo(at(2026, 11, 24, 16, 30));
    }

    @Test
    void workingPeriodsAreParsedFromConfiguration() {
        assertThat(WorkingPeriod.parse("P2D")).isEqualTo(new WorkingPeriod(2, java.time.Duration.ZERO));
        assertThat(WorkingPeriod.parse("pt48h").time()).hasHours(48);
        assertThatThrownBy(() -> WorkingPeriod.parse("P1M")).hasMessageContaining("days (P5D) or hours (PT4H)");
        assertThatThrownBy(() -> WorkingPeriod.parse("soon")).hasMessageContaining("P2D or PT4H");
        assertThatThrownBy(() -> WorkingPeriod.parse("P0D")).hasMessageContaining("positive");
    }

    @Test
    void endlessClosureIsReportedNotLoopedForever() {
        SchoolCalendar closedForever = new SchoolCalendar(Nation.ENGLAND,
                List.of(new ClosurePeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2040, 1, 1))), SchoolDay.DEFAULT);

        assertThatThrownBy(() -> closedForever.plus(at(2026, 11, 24, 10, 0), ONE_DAY))
                .hasMessageContaining("check the closures");
    }
}
