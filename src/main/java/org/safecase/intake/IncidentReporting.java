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
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(IncidentReporting.class.getName());
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

    @Inject
    ReportSubmissions submissions;
    @Inject
    org.safecase.evidence.StagedEvidence staging;
    @Inject
    jakarta.enterprise.event.Event<org.safecase.platform.CaseIdentifiersRecorded> identifiersRecorded;

    /**
     * Makes the report once for its submission key (issue #10): the same key and report again
     * within 24 hours answer with the first case's receipt ({@code replayed}) and store nothing;
     * the same key with another report is a conflict.
     */
    @Transactional
    public Submitted report(Caller caller, IncidentReport report, String submissionKey) {
        return report(caller, report, submissionKey, java.util.List.of());
    }

    /**
     * As {@link #report(Caller, IncidentReport, String)}, and the evidence the reporter added while
     * writing it ({@code stagedEvidence}: the ids the form showed) goes to the new staff case in the
     * same transaction (issue #11 item 4). A child-protection report takes none (R-SX-2): whatever
     * its draft held is deleted with the draft.
     */
    @Transactional
    public Submitted report(Caller caller, IncidentReport report, String submissionKey,
                            java.util.Collection<Long> stagedEvidence) {
        authorisation.requireMayReport(caller);
        java.util.Optional<String> earlier = submissions.claim(caller.userId(), submissionKey, report);
        if (earlier.isPresent()) {
            Object[] facts = submissions.madeEarlier(earlier.get());
            boolean childProtection = org.safecase.casefile.IncidentCategory.valueOf(String.valueOf(facts[1]))
                    .isChildProtection();
            boolean danger = facts[2] instanceof Boolean b ? b : facts[2] instanceof Number n && n.intValue() != 0;
            LocalDateTime reportedAt = facts[0] instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) facts[0];
            return new Submitted(new ReportReceipt(earlier.get(), reportedAt, childProtection, danger,
                    ReceiptGuidance.of(childProtection, danger, messages)), true);
        }
        ReportReceipt receipt = report(caller, report, stagedEvidence);
        submissions.made(caller.userId(), submissionKey, receipt.reference());
        return new Submitted(receipt, false);
    }

    /** A report's receipt, and whether it answers a repeat of a submission already made. */
    public record Submitted(ReportReceipt receipt, boolean replayed) {
    }

    @Transactional
    public ReportReceipt report(Caller caller, IncidentReport report) {
        return report(caller, report, java.util.List.of());
    }

    private ReportReceipt report(Caller caller, IncidentReport report, java.util.Collection<Long> stagedEvidence) {
        authorisation.requireMayReport(caller);
        IncidentDetails details = new ReportValidator(clock).validate(report);
        LocalDateTime now = LocalDateTime.now(clock);
        String reference = references.next(Year.from(now));
        CaseStart incident = caseOpening.open(reference, caller.schoolId(), caller.userId(), details, now);

        boolean childProtection = details.category().isChildProtection();
        caseOpening.processStarted(incident.incidentId(), caseProcess.start(incident, caller.localAuthorityId(), 0));
        audit.record(caller.userId(), caller.schoolId(), AuditAction.INCIDENT_REPORTED, reference);
        // References and ids only: never what the report says or whom it names (issue #15 item 1).
        LOG.info(() -> "Incident reported: " + reference + " (school " + caller.schoolId() + ", " + details.category() + ")");
        identifiersRecorded.fire(new org.safecase.platform.CaseIdentifiersRecorded(incident.incidentId()));
        if (!childProtection && !stagedEvidence.isEmpty()) {
            staging.attach(caller, incident.incidentId(), reference, caller.schoolId(), stagedEvidence);
        }
        drafts.discard(caller);
        boolean danger = details.circumstances().immediateDanger();
        return new ReportReceipt(reference, now, childProtection, danger, ReceiptGuidance.of(childProtection, danger, messages));
    }
}
