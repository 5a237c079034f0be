package org.safecase.evidence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A file or a web-address record attached to a case. The content is loaded only on download. */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "incident_id", nullable = false)
    private Long incidentId;
    @Column(nullable = false)
    private String kind;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private Long sizeBytes;
    private String sha256;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(name = "web_address")
    private String webAddress;
    @Column(name = "captured_at")
    private LocalDateTime capturedAt;
    @Column(name = "added_by", nullable = false)
    private Long addedBy;
    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;
    @Column(nullable = false)
    private boolean withheld;
    @Column(name = "destroyed_at")
    private LocalDateTime destroyedAt;
    @Column(name = "destroyed_by")
    private String destroyedBy;
    @Column(name = "destruction_witness")
    private String destructionWitness;
    @Column(name = "destruction_note")
    private String destructionNote;

    protected EvidenceItem() {
    }

    static EvidenceItem file(Long incidentId, String fileName, EvidenceType type, byte[] content, String sha256,
                             Long addedBy, LocalDateTime addedAt) {
        EvidenceItem item = new EvidenceItem();
        item.incidentId = incidentId;
        item.kind = "FILE";
        item.fileName = fileName;
        item.mediaType = type.mediaType();
        item.sizeBytes = (long) content.length;
        item.sha256 = sha256;
        item.content = content;
        item.addedBy = addedBy;
        item.addedAt = addedAt;
        return item;
    }

    static EvidenceItem webAddress(Long incidentId, String url, LocalDateTime capturedAt, Long addedBy,
                                   LocalDateTime addedAt) {
        EvidenceItem item = new EvidenceItem();
        item.incidentId = incidentId;
        item.kind = "WEB_ADDRESS";
        item.webAddress = url;
        item.capturedAt = capturedAt;
        item.addedBy = addedBy;
        item.addedAt = addedAt;
        return item;
    }

    Long getIncidentId() {
        return incidentId;
    }

    byte[] getContent() {
        return content;
    }

    boolean isWithheld() {
        return withheld;
    }

    EvidenceView view() {
        return new EvidenceView(id, kind, fileName, mediaType, sizeBytes, sha256, webAddress, capturedAt, addedAt,
                withheld, destroyedAt);
    }
}
