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
    /** Set by the first click, on the server: the hand-over happens only on the request that confirms it. */
    private boolean confirming;

    /** Called by {@code f:viewAction} once the reference parameter is set; not audited (the case page is). */
    public void load() {
        rights = caseFiles.rights(caller, reference);
    }

    /** Offered on an open staff case seen in full by its school's online-safety lead or head teacher. */
    public boolean isOffered() {
        return rights.mayRecategorise();
    }

    /**
     * The first click: shows what handing over means and asks to confirm (issue #11 item 3). A
     * closed case, or one the caller may not re-categorise, is refused in words.
     */
    public void askToConfirm() {
        if (!rights.mayRecategorise()) {
            refuse(caseFiles.rights(caller, reference).mayReadWhole() ? "case.closed.refused" : "recategorise.notAllowed");
            return;
        }
        confirming = true;
    }

    public void cancel() {
        confirming = false;
        PageMessages.info(messages.get("recategorise.confirm.cancelled"));
    }

    /** The confirming request: only after {@link #askToConfirm}; the boundary checks the rights again. */
    public String toChildProtection() {
        if (!confirming) {
            refuse("recategorise.confirm.first");
            return null;
        }
        confirming = false;
        try {
            recategorisation.toChildProtection(caller, reference);
        } catch (RuntimeException e) {
            PageMessages.showRefusal(e);
            return null;
        }
        PageMessages.infoAfterRedirect(messages.get("recategorise.done", reference));
        return "/inbox/inbox?faces-redirect=true";
    }

    private void refuse(String key) {
        jakarta.faces.context.FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_ERROR, messages.get(key), null));
    }

    public boolean isConfirming() {
        return confirming;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
