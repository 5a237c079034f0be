package org.safecase.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.calendar.Deadlines;
import org.safecase.casefile.Incident;
import org.safecase.casefile.IncidentDetails;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.identity.SchoolGroups;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.workflow.CaseWorkflow;
import org.safecase.workflow.ProcessModels;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Map;

/**
 * Records a report and starts its case process in one transaction: either both exist or
 * neither does. Staff cases go to the school's online-safety leads for triage; nude-image
 * reports go to the school's DSLs only (R-SX-1).
 */
@ApplicationScoped
public class IncidentReporting {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    IncidentReferences references;
    @Inject
    CaseWorkflow workflow;
    @Inject
    AuditTrail audit;
    @Inject
    Deadlines deadlines;
    @Inject
    ReportDrafts drafts;
    @Inject
    Clock clock;

    @Transactional
    public ReportReceipt report(Caller caller, IncidentReport report) {
        authorisation.requireMayReport(caller);
        IncidentDetails details = new ReportValidator(clock).validate(report);
        LocalDateTime now = LocalDateTime.now(clock);
        String reference = references.next(Year.from(now));
        Incident incident = new Incident(reference, caller.schoolId(), caller.userId(), details, now);
        em.persist(incident);

        boolean childProtection = details.category().isChildProtection();
        Map<String, Object> variables = Map.ofEntries(
                Map.entry("schoolId", caller.schoolId()),
                Map.entry("caseReference", reference),
                Map.entry("category", details.category().name()),
                Map.entry("reporterUser", Authorisation.workflowUserId(caller)),
                Map.entry("reviewGroup", childProtection ? SchoolGroups.safeguardingLeads(caller.schoolId())
                        : SchoolGroups.onlineSafetyLeads(caller.schoolId())),
                Map.entry("headTeacherGroup", SchoolGroups.headTeacher(caller.schoolId())),
                Map.entry("hrGroup", SchoolGroups.hrOfficers(caller.localAuthorityId())),
                Map.entry("triageDeadline", deadlines.triage()),
                Map.entry("removalDeadline", deadlines.removalResponse()),
                Map.entry("providerDeadline", deadlines.providerResponse()),
                Map.entry("urgent", details.circumstances().immediateDanger()),
                Map.entry("policeWanted", details.circumstances().policeWanted()));
        String processKey = childProtection ? ProcessModels.CHILD_PROTECTION_INCIDENT : ProcessModels.STAFF_INCIDENT;
        incident.processStarted(workflow.start(processKey, reference, variables));
        audit.record(caller.userId(), caller.schoolId(), AuditAction.INCIDENT_REPORTED, reference);
        drafts.discard(caller);
        return new ReportReceipt(reference, now, childProtection, details.circumstances().immediateDanger());
    }
}
