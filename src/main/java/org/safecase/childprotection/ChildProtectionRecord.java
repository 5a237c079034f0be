package org.safecase.childprotection;

import org.safecase.workflow.ChildProtectionIncidentVariables;
import jakarta.enterprise.context.ApplicationScoped;
import org.safecase.casefile.CaseStatus;
import org.safecase.casefile.MappedStepRecorder;
import org.safecase.casefile.RecordTable;
import org.safecase.casefile.StepMapping;
import org.safecase.workflow.CompletedStep;

import jakarta.inject.Inject;
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
 * The DSL's record of a child-protection case (R-SX-7: every incident is recorded, referred or
 * not): the initial review (R-SX-3), the decision table's answer with its version (R-SX-4), each
 * referral with date, reference and contact, handling in school with the head teacher's answer,
 * removal help (R-SX-9), the device search (R-SX-11), sanctions (R-SX-8), the closing record and
 * the viewing record (R-SX-10). Each child's record is kept by {@link ChildSafeguardingRecords}.
 */
@ApplicationScoped
public class ChildProtectionRecord extends MappedStepRecorder {
    @Inject
    Clock clock;
    static final String CASE = "childProtectionIncident";
    static final String REFERRAL = "childProtectionReferral";
    static final RecordTable REVIEW = RecordTable.of("initial_review", List.of(number("children_involved"),
            number("youngest_age"), flag("child_vulnerable"), flag("adult_involved"), flag("coercion"),
            flag("unusual_content"), flag("sexual_acts_under_13"), flag("shared_without_consent"),
            flag("immediate_risk"), text("how_widely_shared"), flag("device_searched")), anyRow(CaseStatus.TRIAGED));
    static final RecordTable DECISION = RecordTable.of("referral_decision", List.of(number("table_version"),
            flag("referral_required"), flag("urgent_police"), text("reason")),
            whileRow(CaseStatus.REFERRED, "referral_required"));
    static final RecordTable AGENCY_REFERRAL = RecordTable.of("agency_referral", List.of(choice("agency"),
            date("referred_on"), text("reference"), text("contact")), anyRow(CaseStatus.REFERRED));
    static final RecordTable HANDLING = RecordTable.of("school_handling", List.of(text("rationale"),
            flag("head_agrees"), date("head_answered_on")), whileRow(CaseStatus.HANDLED_IN_SCHOOL, "head_agrees"));
    static final RecordTable REMOVAL_HELP = RecordTable.of("removal_help", List.of(flag("report_remove_offered"),
            flag("take_it_down_offered"), flag("images_deleted_confirmed")), anyRow(CaseStatus.IN_PROGRESS));
    static final RecordTable DEVICE_SEARCH = RecordTable.of("device_search", List.of(text("searched_by"),
            choice("searched_where"), text("reason"), flag("consent")), anyRow(CaseStatus.IN_PROGRESS));
    static final RecordTable SANCTIONS = RecordTable.of("sanctions_record", List.of(flag("policy_breached"),
            text("sanctions_applied")), anyRow(CaseStatus.IN_PROGRESS));
    static final RecordTable CLOSING = RecordTable.of("closing_record", List.of(text("summary"), flag("image_viewed")));
    static final RecordTable VIEWING = RecordTable.of("viewing_record", List.of(flag("head_agreed"),
            date("viewed_on"), text("viewed_by"), text("witness"), text("viewed_where"), text("reason"),
            text("outcome")));
    /** Kept by {@link ChildSafeguardingRecords}; listed here so the chronology shows it. */
    static final RecordTable CHILD = RecordTable.of("child_safeguarding_record", List.of(number("child_number"),
            text("child_label"), date("date_of_birth"), number("age"), flag("has_sen"), flag("known_to_social_care"),
            flag("vulnerable"), text("risk_assessment"), text("safeguards"),
            flag("parents_informed"), text("parents_rationale"), text("not_informed_agreed_by"),
            date("parents_review_on")));

    /** Each child's step is recorded by {@link ChildSafeguardingRecords}, so it is claimed here and not kept twice. */
    static final String CHILD_STEP = "recordChildSafeguarding";

    @Override
    public java.util.Set<String> steps() {
        java.util.Set<String> steps = new java.util.HashSet<>(super.steps());
        steps.add(org.safecase.workflow.StepRecorder.key(CASE, CHILD_STEP));
        return steps;
    }

    /** R-X-1a, R-SX-4: a child at immediate risk of harm or an adult involved makes the case urgent. */
    @Override
    public void record(CompletedStep step) {
        super.record(step);
        if (step.is(CASE, "initialReviewByDsl") && (Boolean.TRUE.equals(step.flag("immediateRiskOfHarm"))
                || Boolean.TRUE.equals(step.flag("adultInvolved")))) {
            records.caseIsUrgent(step.caseReference());
        }
    }

    @Override
    public List<RecordTable> tables() {
        return List.of(REVIEW, DECISION, AGENCY_REFERRAL, HANDLING, REMOVAL_HELP, DEVICE_SEARCH, SANCTIONS, CLOSING,
                VIEWING, CHILD);
    }

    @Override
    protected List<StepMapping> mappings() {
        return List.of(
                StepMapping.of(CASE, "initialReviewByDsl", REVIEW, STEP, "childrenInvolved", "children_involved",
                        "youngestAge", "youngest_age", "childVulnerable", "child_vulnerable", "adultInvolved",
                        "adult_involved", "coercionOrExploitation", "coercion", "unusualOrViolentContent",
                        "unusual_content", "sexualActsUnder13", "sexual_acts_under_13", "sharedWithoutConsent",
                        "shared_without_consent", "immediateRiskOfHarm", "immediate_risk", "howWidelyShared",
                        "how_widely_shared", "deviceSearched", "device_searched"),
                StepMapping.of(CASE, "decideReferral", DECISION, STEP).implying(ChildProtectionRecord::decision),
                StepMapping.of(REFERRAL, "recordPoliceReferral", AGENCY_REFERRAL, STEP, "policeReferredOn", "referred_on",
                        "policeReference", "reference", "policeContact", "contact")
                        .implying(step -> Map.of("agency", "POLICE")),
                StepMapping.of(REFERRAL, "recordSocialCareReferral", AGENCY_REFERRAL, STEP, "socialCareReferredOn",
                        "referred_on", "socialCareReference", "reference", "socialCareContact", "contact")
                        .implying(step -> Map.of("agency", "SOCIAL_CARE")),
                StepMapping.of(CASE, "recordHandlingRationale", HANDLING, SCOPE, "handlingRationale", "rationale"),
                StepMapping.of(CASE, "headTeacherAgreesHandling", HANDLING, SCOPE, "headTeacherAgrees", "head_agrees")
                        .implying(step -> Map.of("head_answered_on", LocalDate.ofInstant(step.at(), clock.getZone()))),
                StepMapping.of(CASE, "offerRemovalHelp", REMOVAL_HELP, STEP, "reportRemoveOffered",
                        "report_remove_offered", "takeItDownOffered", "take_it_down_offered", "imagesDeletedConfirmed",
                        "images_deleted_confirmed"),
                StepMapping.of(CASE, "recordDeviceSearch", DEVICE_SEARCH, STEP, "searchedBy", "searched_by",
                        "searchedWhere", "searched_where", "searchReason", "reason", "searchConsent", "consent"),
                StepMapping.of(CASE, "considerSanctions", SANCTIONS, STEP, "policyBreached", "policy_breached",
                        "sanctionsApplied", "sanctions_applied"),
                StepMapping.of(CASE, "completeDslRecord", CLOSING, STEP, "recordSummary", "summary",
                        "imageViewed", "image_viewed"),
                StepMapping.of(CASE, "recordImageViewing", VIEWING, STEP, "viewingHeadTeacherAgreed", "head_agreed",
                        "viewedOn", "viewed_on", "viewedBy", "viewed_by", "viewingWitness", "witness",
                        "viewedWhere", "viewed_where", "viewingReason", "reason", "viewingOutcome", "outcome"));
    }

    /** What the decision table said, and its version (the decision step leaves them as variables). */
    private static Map<String, Object> decision(CompletedStep step) {
        Map<String, Object> values = new HashMap<>();
        values.put("table_version", step.fact(ChildProtectionIncidentVariables.REFERRAL_TABLE_VERSION) instanceof Number n ? n.longValue() : null);
        values.put("referral_required", step.fact(ChildProtectionIncidentVariables.REFERRAL_REQUIRED));
        values.put("urgent_police", step.fact(ChildProtectionIncidentVariables.URGENT_POLICE));
        values.put("reason", step.fact(ChildProtectionIncidentVariables.REFERRAL_REASON) instanceof String s ? s : null);
        return values;
    }
}
