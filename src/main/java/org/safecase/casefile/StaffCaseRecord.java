package org.safecase.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.safecase.identity.Schools;
import org.safecase.workflow.CompletedStep;
import org.safecase.workflow.DeadlineRecorder;
import org.safecase.workflow.MissedDeadline;
import org.safecase.workflow.ProcessModels;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.safecase.casefile.RecordColumn.choice;
import static org.safecase.casefile.RecordColumn.date;
import static org.safecase.casefile.RecordColumn.flag;
import static org.safecase.casefile.RecordColumn.moment;
import static org.safecase.casefile.RecordColumn.text;
import static org.safecase.casefile.StatusClue.anyRow;
import static org.safecase.casefile.StatusClue.whileRow;
import static org.safecase.casefile.StepMapping.Row.SCOPE;
import static org.safecase.casefile.StepMapping.Row.STEP;

/**
 * The case file's own part of a staff case's record: the triage, the school's procedure and
 * sanction (R-ST-9, R-ST-11), the hand-off to LA HR and HR's outcome (R-ST-9), the support
 * offered (R-ST-12), the outcome and the staff member's satisfaction (R-ST-13), and an
 * escalation record whenever a deadline is missed, the DSL's review included (R-ST-4, R-X-1).
 */
@ApplicationScoped
public class StaffCaseRecord extends MappedStepRecorder implements DeadlineRecorder {
    static final String STAFF = ProcessModels.STAFF_INCIDENT;
    static final RecordTable TRIAGE = RecordTable.of("triage_record", List.of(choice("severity"),
            flag("may_be_criminal"), choice("perpetrator"), flag("removal_needed"), flag("poster_known"),
            flag("malicious_claim")), anyRow(CaseStatus.TRIAGED));
    static final RecordTable SCHOOL_PROCEDURE = RecordTable.of("school_procedure_record", List.of(choice("procedure_kind"),
            choice("severity"), text("sanction")), anyRow(CaseStatus.IN_PROGRESS));
    /** One row per hand-off: the summary HR may see, and HR's outcome (R-ST-9). */
    static final RecordTable HR_HANDOFF = RecordTable.of("hr_handoff", List.of(date("handed_on"), choice("category"),
            choice("severity"), text("platform"), date("occurred_on"), date("reported_on"), text("school_name"),
            text("outcome"), date("outcome_on")), whileRow(CaseStatus.WITH_HR, "outcome IS NULL"),
            anyRow(CaseStatus.IN_PROGRESS)).seenByHr();
    static final RecordTable SUPPORT = RecordTable.of("support_record", List.of(text("support_offered"),
            date("offered_on")), anyRow(CaseStatus.IN_PROGRESS));
    static final RecordTable OUTCOME = RecordTable.of("outcome_record", List.of(text("outcome")),
            anyRow(CaseStatus.IN_PROGRESS));
    static final RecordTable SATISFACTION = RecordTable.of("satisfaction_record", List.of(flag("satisfied"),
            flag("no_answer")), anyRow(CaseStatus.IN_PROGRESS));
    /** R-ST-13: the head teacher's review of a case the staff member is not satisfied with. */
    static final RecordTable HANDLING_REVIEW = RecordTable.of("handling_review", List.of(text("findings")),
            anyRow(CaseStatus.IN_PROGRESS));
    static final RecordTable ESCALATION = RecordTable.of("escalation_record", List.of(choice("watched_step"),
            moment("due_at"), choice("told")));

    /** R-ST-13: the staff member did not answer by the satisfaction deadline; the case closes as "no answer". */
    static final String NO_SATISFACTION_ANSWER = "noSatisfactionAnswer";

    /** Who is told when each deadline is missed, as the models say. */
    private static final Map<String, String> TOLD = Map.of(
            "triageDeadlineMissed", "HEAD_TEACHER",
            "noReply", "ONLINE_SAFETY_LEAD",
            "providerSilent", "ONLINE_SAFETY_LEAD",
            "reviewDeadlineMissed", "HEAD_TEACHER_AND_DEPUTY_DSL");

    @Inject
    Clock clock;
    @Inject
    Schools schools;

    @Override
    public List<RecordTable> tables() {
        return List.of(TRIAGE, SCHOOL_PROCEDURE, HR_HANDOFF, SUPPORT, OUTCOME, SATISFACTION, HANDLING_REVIEW, ESCALATION);
    }

    @Override
    protected List<StepMapping> mappings() {
        return List.of(
                StepMapping.of(STAFF, "triageByLead", TRIAGE, STEP, "severity", "severity", "mayBeCriminal",
                        "may_be_criminal", "perpetrator", "perpetrator", "removalNeeded", "removal_needed",
                        "posterKnown", "poster_known", "maliciousClaimByPupil", "malicious_claim"),
                StepMapping.of("schoolProcedure", "applyBehaviourProcedure", SCHOOL_PROCEDURE, STEP,
                        "procedureSeverity", "severity", "sanction", "sanction")
                        .implying(step -> Map.of("procedure_kind", "BEHAVIOUR")),
                StepMapping.of("schoolProcedure", "applyParentalConductProcedure", SCHOOL_PROCEDURE, STEP,
                        "procedureSeverity", "severity", "sanction", "sanction")
                        .implying(step -> Map.of("procedure_kind", "PARENTAL_CONDUCT")),
                StepMapping.of("hrDisciplinaryHandOff", "handCaseToHr", HR_HANDOFF, SCOPE).implying(this::handOffSummary),
                StepMapping.of("hrDisciplinaryHandOff", "hrHandlesDisciplinary", HR_HANDOFF, SCOPE,
                        "disciplinaryOutcome", "outcome").implying(step -> Map.of("outcome_on", day(step))),
                StepMapping.of(STAFF, "recordSupport", SUPPORT, STEP, "supportOffered", "support_offered",
                        "supportOfferedOn", "offered_on"),
                StepMapping.of(STAFF, "recordOutcome", OUTCOME, STEP, "caseOutcome", "outcome"),
                StepMapping.of(STAFF, "staffSatisfaction", SATISFACTION, STEP, "satisfied", "satisfied"),
                StepMapping.of(STAFF, "headTeacherReviewsHandling", HANDLING_REVIEW, STEP, "reviewFindings", "findings"));
    }

    @Override
    public void record(CompletedStep step) {
        super.record(step);
        if (step.is(STAFF, "staffSatisfaction")) {
            records.reporterAnswered(step.caseReference(), step.flag("satisfied"));
        }
    }

    /**
     * What HR is told of the case (R-ST-9): its kind, how serious the lead found it, where and
     * when it happened, when reported, and the school. Never the free text, which may name pupils.
     */
    private Map<String, Object> handOffSummary(CompletedStep step) {
        Incident incident = records.incident(step.caseReference());
        Map<String, Object> summary = new HashMap<>();
        summary.put("handed_on", day(step));
        summary.put("category", incident.getCategory().name());
        summary.put("severity", records.latest(TRIAGE, incident.getId(), "severity"));
        summary.put("platform", incident.details().platform());
        summary.put("occurred_on", incident.details().occurredAt().toLocalDate());
        summary.put("reported_on", incident.getReportedAt().toLocalDate());
        summary.put("school_name", schools.facts(incident.getSchoolId()).name());
        return summary;
    }

    @Override
    public void missed(MissedDeadline deadline) {
        if (NO_SATISFACTION_ANSWER.equals(deadline.timerKey())) {
            records.write(SATISFACTION, deadline.caseReference(), deadline.scopeId() + "/" + deadline.timerKey(), null,
                    deadline.firedAt(), Map.of("no_answer", true));
            return;
        }
        records.write(ESCALATION, deadline.caseReference(), deadline.scopeId() + "/" + deadline.timerKey(), null,
                deadline.firedAt(), Map.of("watched_step", deadline.watchedStepKey(),
                        "due_at", deadline.due() == null ? LocalDateTime.ofInstant(deadline.firedAt(), clock.getZone())
                                : LocalDateTime.ofInstant(deadline.due(), clock.getZone()),
                        "told", TOLD.getOrDefault(deadline.timerKey(), "ONLINE_SAFETY_LEAD")));
    }

    private LocalDate day(CompletedStep step) {
        return LocalDate.ofInstant(step.at(), clock.getZone());
    }
}
