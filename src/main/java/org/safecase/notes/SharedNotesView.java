package org.safecase.notes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code notes/shared.xhtml} (R-X-2): the confidential notes their authors let the caller read,
 * whether or not the caller may see the rest of the case (a DSL, LA HR, a union representative on
 * the staff). Only the notes themselves: never the case.
 */
@Named
@ViewScoped
public class SharedNotesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ConfidentialNotes notes;
    @Inject
    transient Caller caller;

    private List<NoteEntry> shared = List.of();

    /** Called by {@code f:viewAction}: each note shown is a view on the record. */
    public void load() {
        shared = notes.sharedWith(caller);
    }

    public List<NoteEntry> getNotes() {
        return shared;
    }
}
