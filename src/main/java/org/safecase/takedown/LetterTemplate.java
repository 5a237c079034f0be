package org.safecase.takedown;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A school's own wording of the removal-request letter. */
@Entity
@Table(name = "letter_template")
public class LetterTemplate {
    @Id
    @Column(name = "school_id")
    private Long schoolId;
    @Column(name = "removal_request", nullable = false)
    private String removalRequest;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected LetterTemplate() {
    }

    LetterTemplate(Long schoolId) {
        this.schoolId = schoolId;
    }

    void change(String text, LocalDateTime now) {
        this.removalRequest = text;
        this.updatedAt = now;
    }

    String removalRequest() {
        return removalRequest;
    }
}
