package org.safecase.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;

/**
 * Whether the navigation offers "notes shared with me" (R-X-2): only while someone's note is shared
 * with the caller. Asked once per request.
 */
@Named
@RequestScoped
public class SharedNotesLink {
    @Inject
    ConfidentialNotes notes;
    @Inject
    Caller caller;

    private Boolean offered;

    public boolean isOffered() {
        if (offered == null) {
            offered = notes.countSharedWith(caller) > 0;
        }
        return offered;
    }
}
