package org.safecase.intake;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.casefile.CaseFileView;
import org.safecase.casefile.CaseStatus;
import org.safecase.casefile.CaseView;
import org.safecase.identity.Caller;
import org.safecase.identity.Role;
import org.safecase.platform.Messages;
import org.safecase.platform.PageMessages;

import java.io.Serializable;

/** The "this is about nude images of a pupil" action on a staff case's page (R-SX-1). */
@Named
@ViewScoped
public class RecategorisationView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Recategorisation recategorisation;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;
    @Inject
    CaseFileView caseFile;

    /** Offered on an open staff case seen in full by its school's online-safety lead or head teacher. */
    public boolean isOffered() {
        CaseView seen = caseFile.getCase();
        return seen != null && seen.isWhole() && !seen.details().category().isChildProtection()
                && seen.status() != CaseStatus.CLOSED && caller.hasAny(Role.ONLINE_SAFETY_LEAD, Role.HEAD_TEACHER);
    }

    public String toChildProtection() {
        String reference = caseFile.getReference();
        try {
            recategorisation.toChildProtection(caller, reference);
        } catch (RuntimeException e) {
            PageMessages.showRefusal(e);
            return null;
        }
        PageMessages.infoAfterRedirect(messages.get("recategorise.done", reference));
        return "/inbox/inbox?faces-redirect=true";
    }
}
