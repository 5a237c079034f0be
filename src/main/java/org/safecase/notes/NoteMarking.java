package org.safecase.notes;

/** R-X-2: why a note is confidential; both keep it to its author unless they consent. */
public enum NoteMarking {
    PERSONAL,
    UNION_BUSINESS
}
