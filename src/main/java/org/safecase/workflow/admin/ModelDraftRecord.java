package org.safecase.workflow.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** An LA admin's unfinished edit of a model, one per model. */
@Entity
@Table(name = "model_draft")
class ModelDraftRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ModelKind kind;
    @Column(name = "model_key", nullable = false)
    private String key;
    @Column(name = "model_xml", nullable = false)
    private String xml;
    @Column(name = "based_on", nullable = false)
    private int basedOn;
    @Column(name = "saved_by_id", nullable = false)
    private Long savedById;
    @Column(name = "saved_by_name", nullable = false)
    private String savedByName;
    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    protected ModelDraftRecord() {
    }

    ModelDraftRecord(ModelKind kind, String key) {
        this.kind = kind;
        this.key = key;
    }

    void save(String xml, int basedOn, Long savedById, String savedByName, LocalDateTime savedAt) {
        this.xml = xml;
        this.basedOn = basedOn;
        this.savedById = savedById;
        this.savedByName = savedByName;
        this.savedAt = savedAt;
    }

    ModelDraft toDraft(java.time.ZoneId zone) {
        return new ModelDraft(key, xml, savedByName, savedAt.atZone(zone).toInstant(), basedOn);
    }
}
