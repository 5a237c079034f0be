package org.safecase.notes;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * R-X-2: who the author let read a note, since when, and until when ({@code revokedAt} null while it
 * lasts); shown to the author only.
 */
public record NoteGrantEntry(Long id, String grantee, LocalDateTime grantedAt, LocalDateTime revokedAt)
        implements Serializable {
    public boolean active() {
        return revokedAt == null;
    }
}
