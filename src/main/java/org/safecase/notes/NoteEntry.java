package org.safecase.notes;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A confidential note as its reader sees it: the case it belongs to, its marking and text, who wrote
 * it and when, its files, and, for its author only ({@code mine}), everyone it was shared with (for
 * anyone else {@code grants} is empty).
 */
public record NoteEntry(Long id, String caseReference, NoteMarking marking, String text, String author,
                        LocalDateTime addedAt, boolean mine, List<NoteFileEntry> files, List<NoteGrantEntry> grants)
        implements Serializable {
}
