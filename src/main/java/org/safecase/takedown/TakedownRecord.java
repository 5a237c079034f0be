package org.safecase.takedown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.safecase.casefile.CaseStatus;
import org.safecase.casefile.MappedStepRecorder;
import org.safecase.casefile.RecordTable;
import org.safecase.casefile.StepMapping;
import org.safecase.workflow.CompletedStep;
import org.safecase.workflow.DeadlineRecorder;
import org.safecase.workflow.MissedDeadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.safecase.casefile.RecordColumn.choice;
import static org.safecase.casefile.RecordColumn.date;
import static org.safecase.casefile.RecordColumn.flag;
import static org.safecase.casefile.RecordColumn.number;
import static org.safecase.casefile.RecordColumn.text;
import static org.safecase.casefile.StatusClue.anyRow;
import static org.safecase.casefile.StatusClue.whileRow;
import static org.safecase.casefile.StepMapping.Row.SCOPE;
import static org.safecase.casefile.StepMapping.Row.STEP;

/**
 * The takedown part of a staff case's record: each removal request to a poster (R-ST-5), one
 * provider report per provider per case with where the material is, the term it breaks, the
 * provider's reference and decision, the helpline and Report Harmful Content (R-ST-6, R-ST-6a),
 * the impersonation complaint (R-ST-7) and the staff member's report to their network (R-ST-8).
 */
@ApplicationScoped
public class TakedownRecord extends MappedStepRecorder implements DeadlineRecorder {
    static final String REMOVAL = "removalRequest";
    static final String TAKEDOWN = "providerTakedown";
    static final RecordTable REMOVAL_REQUEST = RecordTable.of("removal_request", List.of(text("asked_whom"), date("asked_on"),
            choice("answer"), date("answered_on")), whileRow(CaseStatus.AWAITING_POSTER, "answer IS NULL"),
            anyRow(CaseStatus.IN_PROGRESS));
    static final RecordTable PROVIDER_REPORT = RecordTable.of("provider_report", List.of(text("provider_name"),
            number("provider_entry_id"), text("material_url"), date("captured_on"), flag("material_illegal"),
            text("term_broken"), text("provider_reference"), date("sent_on"), choice("status"), date("decided_on"),
            date("helpline_contacted_on"), flag("report_harmful_content")),
            whileRow(CaseStatus.AWAITING_PROVIDER, "status IN ('SENT', 'NO_REPLY')"), anyRow(CaseStatus.IN_PROGRESS));
    static final RecordTable IMPERSONATION = RecordTable.of("impersonation_complaint", List.of(flag("identity_proved"),
            text("complaint_reference")), anyRow(CaseStatus.IN_PROGRESS));
    static final RecordTable PHONE_NETWORK = RecordTable.of("phone_network_report", List.of(text("network"),
            text("network_reference")), anyRow(CaseStatus.IN_PROGRESS));

    @Inject
    Clock clock;
    @Inject
    ProviderDirectory directory;

    @Override
    public List<RecordTable> tables() {
        return List.of(REMOVAL_REQUEST, PROVIDER_REPORT, IMPERSONATION, PHONE_NETWORK);
    }

    @Override
    protected List<StepMapping> mappings() {
        return List.of(
                StepMapping.of(REMOVAL, "askPosterToRemove", REMOVAL_REQUEST, SCOPE, "removalRequestedOn", "asked_on",
                        "askedWhom", "asked_whom"),
                StepMapping.of(REMOVAL, "recordPosterResponse", REMOVAL_REQUEST, SCOPE, "removalOutcome", "answer")
                        .implying(step -> Map.of("answered_on", day(step))),
                StepMapping.of(TAKEDOWN, "recordMaterialLocation", PROVIDER_REPORT, SCOPE, "materialUrl", "material_url",
                        "capturedOn", "captured_on").implying(step -> Map.of("status", "LOCATED")),
                StepMapping.of(TAKEDOWN, "reportToProvider", PROVIDER_REPORT, SCOPE, "provider", "provider_name",
                        "materialIllegal", "material_illegal", "termBroken", "term_broken",
                        "providerReference", "provider_reference").implying(this::sent),
                StepMapping.of(TAKEDOWN, "recordProviderDecision", PROVIDER_REPORT, SCOPE, "takedownOutcome", "status")
                        .implying(step -> Map.of("decided_on", day(step))),
                StepMapping.of(TAKEDOWN, "escalateToHelpline", PROVIDER_REPORT, SCOPE,
                        "helplineContactedOn", "helpline_contacted_on"),
                StepMapping.of(TAKEDOWN, "reportHarmfulContent", PROVIDER_REPORT, SCOPE,
                        "reportedToReportHarmfulContent", "report_harmful_content"),
                StepMapping.of("staffIncident", "impersonationComplaint", IMPERSONATION, STEP,
                        "identityProved", "identity_proved", "impersonationComplaintReference", "complaint_reference"),
                StepMapping.of("staffIncident", "reportToPhoneNetwork", PHONE_NETWORK, STEP,
                        "network", "network", "networkReference", "network_reference"));
    }

    /** Reported today, to the directory's entry of that name when there is one. */
    private Map<String, Object> sent(CompletedStep step) {
        Map<String, Object> values = new HashMap<>();
        values.put("sent_on", day(step));
        values.put("status", "SENT");
        values.put("provider_entry_id", directory.idNamed(step.text("provider")).orElse(null));
        return values;
    }

    /** A poster who does not answer by the deadline ignored the request; a silent provider did not reply. */
    @Override
    public void missed(MissedDeadline deadline) {
        if (REMOVAL.equals(deadline.processKey()) && "noReply".equals(deadline.timerKey())) {
            records.write(REMOVAL_REQUEST, deadline.caseReference(), deadline.scopeId(), null, deadline.firedAt(),
                    Map.of("answer", "IGNORED", "answered_on", LocalDate.ofInstant(deadline.firedAt(), clock.getZone())));
        } else if (TAKEDOWN.equals(deadline.processKey()) && "providerSilent".equals(deadline.timerKey())) {
            records.write(PROVIDER_REPORT, deadline.caseReference(), deadline.scopeId(), null, deadline.firedAt(),
                    Map.of("status", "NO_REPLY"));
        }
    }

    private LocalDate day(CompletedStep step) {
        return LocalDate.ofInstant(step.at(), clock.getZone());
    }
}
