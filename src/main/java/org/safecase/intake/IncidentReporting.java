package org.safecase.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.safecase.casefile.CaseOpening;
import org.safecase.casefile.CaseStart;
import org.safecase.casefile.IncidentDetails;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;

/**
 * Records a report and starts its case process in one transaction: either both exist or
 * neither does. Staff cases go to the school's online-safety leads for triage; nude-image
 * reports go to the school's DSLs only (R-SX-1).
 */
@ApplicationScoped
public class IncidentReporting {
    @Inject
    org.safecase.platform.Messages messages;
    @Inject
    Authorisation authorisation;
    @Inject
    CaseOpening caseOpening;
    @Inject
    IncidentReferences references;
    @Inject
    CaseProcessStart caseProcess;
    @Inject
    AuditTrail audit;
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
        CaseStart incident = caseOpening.open(reference, caller.schoolId(), caller.userId(), details, now);

        boolean childProtection = details.category().isChildProtection();
        caseOpening.processStarted(incident.incidentId(), caseProcess.start(incident, caller.localAuthorityId(), 0));
        audit.record(caller.userId(), caller.schoolId(), AuditAction.INCIDENT_REPORTED, reference);
        drafts.discard(caller);
        boolean danger = details.circumstances().immediateDanger();
        return new ReportReceipt(reference, now, childProtection, danger, ReceiptGuidance.of(childProtection, danger, messages));
    }
}
