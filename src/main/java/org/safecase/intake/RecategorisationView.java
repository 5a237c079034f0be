package org.safecase.intake;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.casefile.CaseFiles;
import org.safecase.identity.Caller;
import org.safecase.identity.CaseRights;
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
    transient CaseFiles caseFiles;

    private String reference;
    private CaseRights rights = CaseRights.NONE;

    /** Called by {@code f:viewAction} once the reference parameter is set; not audited (the case page is). */
    public void load() {
        rights = caseFiles.rights(caller, reference);
    }

    /** Offered on an open staff case seen in full by its school's online-safety lead or head teacher. */
    public boolean isOffered() {
        return rights.mayRecategorise();
    }

    public String toChildProtection() {
        try {
            recategorisation.toChildProtection(caller, reference);
        } catch (RuntimeException e) {
            PageMessages.showRefusal(e);
            return null;
        }
        PageMessages.infoAfterRedirect(messages.get("recategorise.done", reference));
        return "/inbox/inbox?faces-redirect=true";
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
