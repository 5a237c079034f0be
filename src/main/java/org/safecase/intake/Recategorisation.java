package org.safecase.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.safecase.casefile.CaseFiles;
import org.safecase.casefile.CaseOpening;
import org.safecase.casefile.CaseStart;
import org.safecase.casefile.OpenCase;
import org.safecase.evidence.Evidence;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.ConflictException;
import org.safecase.workflow.CaseWorkflow;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * A staff case found to be about nude images of a pupil becomes child protection, in one
 * transaction: the staff process ends, the files it held are withheld (R-SX-2), and the case
 * starts again with the school's DSLs only (R-SX-1). From then on the lead no longer sees it.
 */
@ApplicationScoped
@Transactional
public class Recategorisation {
    static final String STOPPED_BECAUSE = "Re-categorised as child protection (nude images of a pupil)";

    @Inject
    CaseFiles caseFiles;
    @Inject
    CaseOpening caseOpening;
    @Inject
    Evidence evidence;
    @Inject
    CaseWorkflow workflow;
    @Inject
    CaseProcessStart caseProcess;
    @Inject
    AuditTrail audit;
    @Inject
    Authorisation authorisation;
    @Inject
    Clock clock;

    /** @return how many files were withheld for the DSL to have destroyed */
    public int toChildProtection(Caller caller, String reference) {
        OpenCase open = caseFiles.openWhole(caller, reference);
        authorisation.requireMayRecategorise(caller);
        if (open.childProtection()) {
            throw new ConflictException("conflict.alreadyChildProtection");
        }
        workflow.stop(caseOpening.processToStopForRecategorisation(open.incidentId()), STOPPED_BECAUSE);
        CaseStart incident = caseOpening.recategoriseAsChildProtection(open.incidentId(), LocalDateTime.now(clock));
        int withheld = evidence.withholdFiles(open.incidentId());
        caseOpening.processStarted(open.incidentId(), caseProcess.start(incident, caller.localAuthorityId(), withheld));
        audit.record(caller.userId(), open.schoolId(), AuditAction.CASE_RECATEGORISED, reference);
        return withheld;
    }
}
