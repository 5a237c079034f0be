package org.safecase.platform;

import java.time.LocalDateTime;

/** One row of the audit trail as other features read it; the {@link AuditEvent} entity stays here. */
public record AuditEntry(AuditAction action, Long actorId, LocalDateTime occurredAt) {
    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.getAction(), event.getActorId(), event.getOccurredAt());
    }
}
