package org.safecase.casefile;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A case as the caller may see it. {@code details} is null when the caller may know only that
 * the report was received (a child-protection report seen by its reporter, R-SX-1).
 * {@code adviceLinesGiven}: closed with the staff member not satisfied, so the union's advice
 * lines are shown to them (R-ST-13). {@code referralDecision}: on a child-protection case seen in
 * full, what the decision table said and its version (R-SX-4); otherwise null. {@code record}: the
 * case record, oldest first (for LA HR only the hand-off and its outcome); {@code openSteps}: the
 * steps open now, for those who see the whole case.
 */
public record CaseView(String reference, CaseStatus status, LocalDateTime reportedAt, IncidentDetails details,
                       Boolean reporterSatisfied, boolean adviceLinesGiven, ReferralDecisionRecord referralDecision,
                       List<CaseRecordEntry> record, List<OpenStep> openSteps, boolean urgent) {
    public CaseView {
        record = record == null ? List.of() : List.copyOf(record);
        openSteps = openSteps == null ? List.of() : List.copyOf(openSteps);
    }

    public static CaseView receivedOnly(Incident incident) {
        return new CaseView(incident.getReference(), null, incident.getReportedAt(), null, null, false, null, null, null,
                false);
    }

    /** The same case with each open step's {@code href} made by {@code linkOf} from its task id (REST). */
    public CaseView linkingStepsWith(java.util.function.UnaryOperator<String> linkOf) {
        return with(record, openSteps.stream().map(s -> new OpenStep(s.taskId(), s.name(), s.openedAt(), s.assignee(),
                s.due(), linkOf.apply(s.taskId()))).toList());
    }

    /** The same case with its record and its open steps. */
    CaseView with(List<CaseRecordEntry> entries, List<OpenStep> open) {
        return new CaseView(reference, status, reportedAt, details, reporterSatisfied, adviceLinesGiven, referralDecision,
                entries, open, urgent);
    }

    /** For LA HR: kind, dates, platform and status; no free text, which may name pupils (R-ST-9). */
    static CaseView hrSummary(Incident incident) {
        IncidentDetails all = incident.details();
        return new CaseView(incident.getReference(), incident.getStatus(), incident.getReportedAt(),
                new IncidentDetails(all.category(), null, all.occurredAt(), all.platform(), null, null, null,
                        new Circumstances(all.circumstances().perpetrator(), null, false, false, null)), null, false, null,
                null, null, incident.isUrgent());
    }

    /** The whole record (not an HR summary, not a receipt): only then is the timeline shown. */
    public boolean isWhole() {
        return details != null && details.description() != null;
    }

    static CaseView of(Incident incident) {
        return new CaseView(incident.getReference(), incident.getStatus(), incident.getReportedAt(), incident.details(),
                incident.getReporterSatisfied(), incident.isAdviceLinesGiven(),
                incident.getReferralTableVersion() == null ? null : new ReferralDecisionRecord(
                        incident.getReferralRequired(), incident.isUrgentPolice(), incident.getReferralTableVersion()),
                null, null, incident.isUrgent());
    }
}
