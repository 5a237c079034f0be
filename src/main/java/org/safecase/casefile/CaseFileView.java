package org.safecase.casefile;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.platform.Failures;
import org.safecase.platform.NotFoundException;
import org.safecase.workflow.CaseDiagram;

import java.io.Serializable;

/** Backs {@code casefile/case.xhtml}. */
@Named
@ViewScoped
public class CaseFileView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseFiles caseFiles;
    @Inject
    transient Caller caller;

    private String reference;
    private CaseView caseView;
    private boolean notFound;
    private CaseTimeline timeline;
    private java.util.List<AccessLogEntry> accessLog;
    private CaseDiagram diagram;

    /** Called by {@code f:viewAction} once the reference parameter is set. */
    public void load() {
        try {
            caseView = caseFiles.find(caller, reference);
            if (caseView.isWhole()) {
                timeline = caseFiles.timeline(caller, reference);
                diagram = caseFiles.diagram(caller, reference).orElse(null);
            }
            if (caseFiles.mayReadAccessLog(caller, reference)) {
                accessLog = caseFiles.accessLog(caller, reference);
            }
        } catch (RuntimeException e) {
            if (!(Failures.rootOf(e) instanceof NotFoundException)) {
                throw e;
            }
            notFound = true;
        }
    }

    public CaseView getCase() {
        return caseView;
    }

    /** R-X-3: who opened the case and who was refused; null when the caller may not see it. */
    public java.util.List<AccessLogEntry> getAccessLog() {
        return accessLog;
    }

    /** Issue #14 item 8: the case's diagram with its steps done and open; null when the caller may not see the whole case. */
    public CaseDiagram getDiagram() {
        return diagram;
    }

    public CaseTimeline getTimeline() {
        return timeline;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
