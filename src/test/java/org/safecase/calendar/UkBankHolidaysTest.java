package org.safecase.calendar;

import org.junit.jupiter.api.Test;
import org.safecase.identity.Nation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class UkBankHolidaysTest {
    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void R_X_1_englandAndWales2026WithBoxingDaySubstitute() {
        assertThat(UkBankHolidays.of(Nation.ENGLAND, 2026)).containsExactly(
                d(2026, 1, 1), d(2026, 4, 3), d(2026, 4, 6), d(2026, 5, 4), d(2026, 5, 25), d(2026, 8, 31),
                d(2026, 12, 25), d(2026, 12, 28));
        assertThat(UkBankHolidays.of(Nation.WALES, 2026)).isEqualTo(UkBankHolidays.of(Nation.ENGLAND, 2026));
    }

    @Test
    void R_X_1_scotland2026HasSecondJanuaryStAndrewAndEarlyAugustButNoEasterMonday() {
        assertThat(UkBankHolidays.of(Nation.SCOTLAND, 2026)).containsExactly(
                d(2026, 1, 1), d(2026, 1, 2), d(2026, 4, 3), d(2026, 5, 4), d(2026, 5, 25), d(2026, 8, 3),
                d(2026, 11, 30), d(2026, 12, 25), d(2026, 12, 28));
    }

    @Test
    void R_X_1_northernIreland2026HasStPatrickAndBoyneWithSubstitute() {
        assertThat(UkBankHolidays.of(Nation.NORTHERN_IRELAND, 2026)).contains(d(2026, 3, 17), d(2026, 7, 13))
                .doesNotContain(d(2026, 7, 12)).hasSize(10);
    }

    @Test
    void R_X_1_christmasOnSaturdayGivesMondayAndTuesday() {
        assertThat(UkBankHolidays.of(Nation.ENGLAND, 2027)).contains(d(2027, 12, 27), d(2027, 12, 28))
                .doesNotContain(d(2027, 12, 25), d(2027, 12, 26));
    }

    @Test
    void R_X_1_scottishNewYearOnSundayGivesSecondAndThird() {
        assertThat(UkBankHolidays.of(Nation.SCOTLAND, 2023)).contains(d(2023, 1, 2), d(2023, 1, 3));
    }

    @Test
    void R_X_1_proclaimedChangesOf2022() {
        assertThat(UkBankHolidays.of(Nation.ENGLAND, 2022)).contains(d(2022, 6, 2), d(2022, 6, 3), d(2022, 9, 19))
                .doesNotContain(d(2022, 5, 30));
    }

    @Test
    void easterSundayKnownYears() {
        assertThat(UkBankHolidays.easterSunday(2024)).isEqualTo(d(2024, 3, 31));
        assertThat(UkBankHolidays.easterSunday(2025)).isEqualTo(d(2025, 4, 20));
        assertThat(UkBankHolidays.easterSunday(2026)).isEqualTo(d(2026, 4, 5));
        assertThat(UkBankHolidays.easterSunday(2038)).isEqualTo(d(2038, 4, 25));
    }
}
