package org.safecase.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.safecase.platform.CaseDestroying;

/**
 * R-X-5 (issue #15 item 5): a destroyed case takes its confidential notes, their files and grants
 * with it, in the destroying transaction (a failure here rolls the destruction back).
 */
@ApplicationScoped
public class NotesOfDestroyedCase {
    @Inject
    ConfidentialNotes notes;

    void onCaseDestroying(@Observes CaseDestroying destroying) {
        notes.destroyAllOf(destroying.incidentId());
    }
}
