package org.safecase.policy;

import java.time.LocalDateTime;

/** A member of the school's staff and when they acknowledged the version in force (null: not yet). */
public record StaffAcknowledgement(Long userId, String name, String email, LocalDateTime acknowledgedAt) {
    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
