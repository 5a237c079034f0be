package org.safecase.childprotection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.casefile.CaseFiles;
import org.safecase.identity.Caller;
import org.safecase.identity.CaseRights;
import org.safecase.platform.Messages;
import org.safecase.platform.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * The child-protection section of {@code casefile/case.xhtml}: the referral decision, each child's
 * record, and the DSL's "refer now" and "close" actions. Shown only where the caller's
 * {@link CaseRights} allow; asking for them is not audited, so a refused caller is audited once,
 * by the case page.
 */
@Named
@ViewScoped
public class ChildProtectionView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ChildProtectionCases cases;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;
    @Inject
    transient CaseFiles caseFiles;

    private String reference;
    private boolean shown;
    private CaseRights rights = CaseRights.NONE;
    private List<ChildSafeguarding> children = List.of();
    /** Set by the first click on "close", on the server: the closing step opens only on the confirming request. */
    private boolean confirmingClose;

    public void load() {
        rights = caseFiles.rights(caller, reference);
        if (!rights.mayReadChildRecords()) {
            return;
        }
        children = cases.children(caller, reference);
        shown = true;
    }

    /** R-SX-4: the DSL refers after all; the referral steps appear in the inbox. */
    public String referNow() {
        try {
            cases.referNow(caller, reference);
        } catch (RuntimeException e) {
            PageMessages.showRefusal(e);
            return null;
        }
        PageMessages.infoAfterRedirect(messages.get("cp.actions.referred"));
        return "/casefile/case?faces-redirect=true&ref=" + reference;
    }

    /**
     * The first click on "close": says why the case cannot close yet (R-SX-4, R-SX-7), or what
     * closing means and asks to confirm (issue #11 item 3).
     */
    public void close() {
        try {
            cases.closingStep(caller, reference);
            confirmingClose = true;
        } catch (RuntimeException e) {
            PageMessages.showRefusal(e);
        }
    }

    /** The confirming request: the closing step, asked of the server again. */
    public String confirmClose() {
        if (!confirmingClose) {
            jakarta.faces.context.FacesContext.getCurrentInstance().addMessage(null,
                    new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                            messages.get("cp.actions.close.confirm.first"), null));
            return null;
        }
        confirmingClose = false;
        try {
            return "/inbox/task?faces-redirect=true&id=" + cases.closingStep(caller, reference);
        } catch (RuntimeException e) {
            PageMessages.showRefusal(e);
            return null;
        }
    }

    public void cancelClose() {
        confirmingClose = false;
        PageMessages.info(messages.get("cp.actions.close.confirm.cancelled"));
    }

    public boolean isConfirmingClose() {
        return confirmingClose;
    }

    public boolean isShown() {
        return shown;
    }

    public boolean isMayAct() {
        return rights.mayReferNow() || rights.mayClose();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public List<ChildSafeguarding> getChildren() {
        return children;
    }
}
