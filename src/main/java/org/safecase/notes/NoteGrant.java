package org.safecase.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * R-X-2: the author's consent that one named person may read one note: who gave it, to whom, when,
 * and when it was taken back. Never deleted while the case lives: a revoked grant stays on record.
 */
@Entity
@Table(name = "confidential_note_grant")
class NoteGrant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "note_id", nullable = false)
    private Long noteId;
    @Column(name = "grantee_id", nullable = false)
    private Long granteeId;
    @Column(name = "granted_by", nullable = false)
    private Long grantedBy;
    @Column(name = "granted_at", nullable = false)
    private LocalDateTime grantedAt;
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;
    @Column(name = "revoked_by")
    private Long revokedBy;

    protected NoteGrant() {
    }

    NoteGrant(Long noteId, Long granteeId, Long grantedBy, LocalDateTime grantedAt) {
        this.noteId = noteId;
        this.granteeId = granteeId;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    Long getId() {
        return id;
    }

    Long getNoteId() {
        return noteId;
    }

    Long getGranteeId() {
        return granteeId;
    }

    boolean isActive() {
        return revokedAt == null;
    }

    void revoke(Long by, LocalDateTime at) {
        revokedBy = by;
        revokedAt = at;
    }

    NoteGrantEntry entry(String granteeName) {
        return new NoteGrantEntry(id, granteeName, grantedAt, revokedAt);
    }
}
