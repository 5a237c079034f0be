package org.safecase.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {
    @Test
    void R_X_1_fridayEveningReportIsDueOnMondayNotSaturday() {
        LocalDateTime fridayEvening = LocalDateTime.of(2026, 11, 20, 17, 30);

        assertThat(WorkingDays.endOfWorkingDayAfter(fridayEvening, 1)).isEqualTo(LocalDateTime.of(2026, 11, 23, 17, 0));
    }

    @Test
    void R_X_1_weekendReportCountsFromTheNextWorkingDay() {
        LocalDateTime sunday = LocalDateTime.of(2026, 11, 22, 10, 0);

        assertThat(WorkingDays.endOfWorkingDayAfter(sunday, 1)).isEqualTo(LocalDateTime.of(2026, 11, 23, 17, 0));
    }

    @Test
    void R_X_1_tuesdayPlusThreeWorkingDaysIsFriday() {
        assertThat(WorkingDays.endOfWorkingDayAfter(LocalDateTime.of(2026, 11, 24, 9, 0), 3))
                .isEqualTo(LocalDateTime.of(2026, 11, 27, 17, 0));
    }

    @Test
    void zeroDaysIsAProgrammingError() {
        assertThatThrownBy(() -> WorkingDays.endOfWorkingDayAfter(LocalDateTime.now(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
