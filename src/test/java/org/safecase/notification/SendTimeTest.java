package org.safecase.notification;

import org.junit.jupiter.api.Test;
import org.safecase.calendar.SchoolCalendar;
import org.safecase.calendar.SchoolDay;
import org.safecase.identity.Nation;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SendTimeTest {
    private final SchoolCalendar england = new SchoolCalendar(Nation.ENGLAND, List.of(), SchoolDay.DEFAULT);

    @Test
    void R_X_1a_eveningNotificationWaitsForTheNextSchoolMorning() {
        assertThat(SendTime.of(england, LocalDateTime.of(2026, 11, 24, 19, 45), false))
                .isEqualTo(LocalDateTime.of(2026, 11, 25, 8, 30));
    }

    @Test
    void R_X_1a_weekendNotificationWaitsForMonday() {
        assertThat(SendTime.of(england, LocalDateTime.of(2026, 11, 21, 10, 0), false))
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 8, 30));
    }

    @Test
    void R_X_1a_duringSchoolHoursItGoesAtOnce() {
        LocalDateTime tuesdayMorning = LocalDateTime.of(2026, 11, 24, 10, 5);
        assertThat(SendTime.of(england, tuesdayMorning, false)).isEqualTo(tuesdayMorning);
    }

    @Test
    void R_X_1a_urgentGoesAtOnceEvenAtNight() {
        LocalDateTime night = LocalDateTime.of(2026, 11, 24, 23, 0);
        assertThat(SendTime.of(england, night, true)).isEqualTo(night);
    }
}
