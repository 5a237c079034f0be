package org.safecase.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A confidential note on a case (R-X-2): its author, marking and text. */
@Entity
@Table(name = "confidential_note")
class ConfidentialNote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "incident_id", nullable = false)
    private Long incidentId;
    @Column(name = "author_id", nullable = false)
    private Long authorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteMarking marking;
    @Column(nullable = false)
    private String body;
    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected ConfidentialNote() {
    }

    ConfidentialNote(Long incidentId, Long authorId, NoteMarking marking, String body, LocalDateTime addedAt) {
        this.incidentId = incidentId;
        this.authorId = authorId;
        this.marking = marking;
        this.body = body;
        this.addedAt = addedAt;
    }

    Long getId() {
        return id;
    }

    Long getIncidentId() {
        return incidentId;
    }

    Long getAuthorId() {
        return authorId;
    }

    NoteMarking getMarking() {
        return marking;
    }

    String getBody() {
        return body;
    }

    LocalDateTime getAddedAt() {
        return addedAt;
    }
}
