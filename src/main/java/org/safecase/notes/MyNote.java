package org.safecase.notes;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One of the caller's own confidential notes as "my reports" lists it: which case, its marking, when,
 * how many files, and who may read it now. Not its text: that is read on the case page.
 */
public record MyNote(Long id, String caseReference, NoteMarking marking, LocalDateTime addedAt, long files,
                     List<String> sharedWith) implements Serializable {
    /** The people who may read it, as one line ("Lee Lead, Hari HR"). */
    public String sharedWithInLine() {
        return String.join(", ", sharedWith);
    }
}
