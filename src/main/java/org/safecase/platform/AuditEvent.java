package org.safecase.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One audit row: who (user id), where (school id), what (action) and which case (reference). */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "school_id")
    private Long schoolId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;
    @Column(nullable = false)
    private String subject;
    /** Issue #15 item 1: done or refused. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditOutcome outcome = AuditOutcome.DONE;
    /** Issue #15 item 1: the local authority the row belongs to (its chain, whose admins may search it); none for rows of nobody's. */
    @Column(name = "local_authority_id")
    private Long localAuthorityId;

    protected AuditEvent() {
    }

    AuditEvent(LocalDateTime occurredAt, Long actorId, Long schoolId, AuditAction action, String subject) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.schoolId = schoolId;
        this.action = action;
        this.subject = subject;
    }

    AuditEvent(LocalDateTime occurredAt, Long actorId, Long schoolId, Long localAuthorityId, AuditAction action,
               String subject, AuditOutcome outcome) {
        this(occurredAt, actorId, schoolId, action, subject);
        this.localAuthorityId = localAuthorityId;
        this.outcome = outcome;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }
}
