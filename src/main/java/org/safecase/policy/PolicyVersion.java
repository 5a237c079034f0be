package org.safecase.policy;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One published version of a school's online-safety policy: text or a PDF, never changed once published. */
@Entity
@Table(name = "policy_version")
class PolicyVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "school_id", nullable = false)
    private Long schoolId;
    @Column(name = "version_number", nullable = false)
    private int versionNumber;
    @Column(nullable = false)
    private String title;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body_text")
    private String bodyText;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] document;
    @Column(name = "document_name")
    private String documentName;
    @Column(name = "document_sha256")
    private String documentSha256;
    @Column(name = "change_note")
    private String changeNote;
    @Column(name = "review_due", nullable = false)
    private LocalDate reviewDue;
    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;
    @Column(name = "published_by", nullable = false)
    private Long publishedBy;

    protected PolicyVersion() {
    }

    PolicyVersion(Long schoolId, int versionNumber, PolicyDraft draft, byte[] screenedDocument, String sha256,
                  LocalDateTime publishedAt, Long publishedBy) {
        this.schoolId = schoolId;
        this.versionNumber = versionNumber;
        this.title = draft.title().strip();
        this.bodyText = screenedDocument == null ? draft.text().strip() : null;
        this.document = screenedDocument;
        this.documentName = screenedDocument == null ? null : draft.documentName();
        this.documentSha256 = sha256;
        this.changeNote = draft.changeNote() == null || draft.changeNote().isBlank() ? null : draft.changeNote().strip();
        this.reviewDue = draft.reviewDue();
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    Long getId() {
        return id;
    }

    Long getSchoolId() {
        return schoolId;
    }

    int getVersionNumber() {
        return versionNumber;
    }

    String getDocumentName() {
        return documentName;
    }

    byte[] getDocument() {
        return document;
    }

    LocalDate getReviewDue() {
        return reviewDue;
    }

    /** What the pages and the API show (the text in full; of a PDF, its name and fingerprint only). */
    PolicyVersionView view(LocalDate today) {
        return new PolicyVersionView(id, schoolId, versionNumber, title, bodyText, documentName != null, documentName,
                documentSha256, changeNote, reviewDue, publishedAt, reviewDue.isBefore(today));
    }
}
