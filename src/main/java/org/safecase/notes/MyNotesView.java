package org.safecase.notes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;

import java.io.Serializable;
import java.util.List;

/** The "your confidential notes" part of {@code casefile/mine.xhtml} (R-X-2): which cases, and who may read each. */
@Named
@ViewScoped
public class MyNotesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ConfidentialNotes notes;
    @Inject
    transient Caller caller;

    private List<MyNote> mine = List.of();

    /** Called by {@code f:viewAction}. */
    public void load() {
        mine = notes.mine(caller);
    }

    public List<MyNote> getNotes() {
        return mine;
    }
}
