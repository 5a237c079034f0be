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

    /** Goes to the closing step, or says why the case cannot close yet (R-SX-4, R-SX-7). */
    public String close() {
        try {
            return "/inbox/task?faces-redirect=true&id=" + cases.closingStep(caller, reference);
        } catch (RuntimeException e) {
            PageMessages.showRefusal(e);
            return null;
        }
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
