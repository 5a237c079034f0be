package org.safecase.notes;

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

/** A file kept with a confidential note; the content is loaded only on download. */
@Entity
@Table(name = "confidential_note_file")
class NoteFile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "note_id", nullable = false)
    private Long noteId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false)
    private String sha256;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;
    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected NoteFile() {
    }

    NoteFile(Long noteId, String fileName, String mediaType, byte[] content, String sha256, LocalDateTime addedAt) {
        this.noteId = noteId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.addedAt = addedAt;
    }

    Long getId() {
        return id;
    }

    Long getNoteId() {
        return noteId;
    }

    byte[] getContent() {
        return content;
    }

    NoteDownload download() {
        return new NoteDownload(fileName, mediaType, content);
    }

    NoteFileEntry entry() {
        return new NoteFileEntry(id, fileName, mediaType, sizeBytes, sha256, addedAt);
    }
}
