package org.safecase.calendar;

import java.time.LocalDate;

/** A closure as pages and the API show it. */
public record ClosureView(Long id, LocalDate firstDay, LocalDate lastDay, String reason) {
    static ClosureView of(SchoolClosure closure) {
        return new ClosureView(closure.getId(), closure.period().firstDay(), closure.period().lastDay(),
                closure.getReason());
    }
}
