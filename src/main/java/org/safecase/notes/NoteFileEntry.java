package org.safecase.notes;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A file of a confidential note as it is listed, without its content. */
public record NoteFileEntry(Long id, String fileName, String mediaType, long sizeBytes, String sha256,
                            LocalDateTime addedAt) implements Serializable {
}
