package org.safecase.notification;

import org.safecase.calendar.SchoolCalendar;

import java.time.LocalDateTime;

/**
 * R-X-1a: staff are not expected to read e-mail in evenings or at weekends, so a notification
 * made outside school hours waits for the next school morning, unless it is urgent.
 */
final class SendTime {
    private SendTime() {
    }

    static LocalDateTime of(SchoolCalendar calendar, LocalDateTime now, boolean urgent) {
        return urgent || calendar == null ? now : calendar.firstWorkingMomentFrom(now);
    }
}
