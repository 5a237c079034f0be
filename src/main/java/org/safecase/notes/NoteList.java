package org.safecase.notes;

import java.util.List;

/** The confidential notes of a case the caller may read: their own, or those shared with them. */
public record NoteList(List<NoteEntry> notes) {
}
