package org.safecase.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.casefile.CaseFiles;
import org.safecase.casefile.CaseStatus;
import org.safecase.casefile.Incident;
import org.safecase.casefile.OpenCase;
import org.safecase.evidence.Evidence;
import org.safecase.identity.Caller;
import org.safecase.identity.Role;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.ConflictException;
import org.safecase.platform.NotAllowedException;
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

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    CaseFiles caseFiles;
    @Inject
    Evidence evidence;
    @Inject
    CaseWorkflow workflow;
    @Inject
    CaseProcessStart caseProcess;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** @return how many files were withheld for the DSL to have destroyed */
    public int toChildProtection(Caller caller, String reference) {
        OpenCase open = caseFiles.openWhole(caller, reference);
        if (!caller.hasAny(Role.ONLINE_SAFETY_LEAD, Role.HEAD_TEACHER)) {
            throw new NotAllowedException("Only the online-safety lead or the head teacher can re-categorise a case.");
        }
        if (open.childProtection()) {
            throw new ConflictException("This case is already a child-protection case.");
        }
        Incident incident = em.find(Incident.class, open.incidentId());
        if (incident.getStatus() == CaseStatus.CLOSED) {
            throw new ConflictException("This case is closed; report the images as a new child-protection incident.");
        }
        workflow.stop(incident.getProcessInstanceId(), STOPPED_BECAUSE);
        incident.recategorisedAsChildProtection(LocalDateTime.now(clock));
        int withheld = evidence.withholdFiles(open.incidentId());
        incident.processStarted(caseProcess.start(incident, caller.localAuthorityId(), withheld));
        audit.record(caller.userId(), open.schoolId(), AuditAction.CASE_RECATEGORISED, reference);
        return withheld;
    }
}
