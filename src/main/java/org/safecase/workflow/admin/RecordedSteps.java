package org.safecase.workflow.admin;

import org.safecase.workflow.FormField.Kind;
import org.safecase.workflow.ProcessModels;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one list of what SafeCase requires of its models to keep the case record (issue #14 items 3
 * and 4): each step SafeCase's records, rules or closing depend on, by process key and element id;
 * the answers of that step it stores, with their kind; and the beans and rules the step must keep
 * calling (the delegate that writes its record, the rule checked when it is completed). An LA admin
 * may rename and move these steps, add steps and fields (their answers go to the generic
 * step-answers record), but not remove them or change what they hold.
 * <p>
 * The steps and answers come from the case record's step recorders ({@code StaffCaseRecord},
 * {@code ChildProtectionRecord}, {@code TakedownRecord}, {@code PoliceReferralRecord}), the child's
 * record ({@code ChildSafeguardingRecords}) and the delegates; {@code ModelChecksTest} fails when a
 * recorder keeps a step or answer missing here.
 */
final class RecordedSteps {
    record Field(String id, Kind kind) {
    }

    record Step(String processKey, String stepId, Set<String> uses, Map<String, Kind> fields) {
    }

    private static final String STAFF = ProcessModels.STAFF_INCIDENT;
    private static final String CASE = ProcessModels.CHILD_PROTECTION_INCIDENT;
    private static final String REFERRAL = ProcessModels.CHILD_PROTECTION_REFERRAL;
    private static final String POLICE = "policeReferral";
    private static final String REMOVAL = "removalRequest";
    private static final String TAKEDOWN = "providerTakedown";
    private static final String PROCEDURE = "schoolProcedure";
    private static final String HR = "hrDisciplinaryHandOff";

    static final List<Step> STEPS = List.of(
            step(STAFF, "triageByLead", uses(), choice("severity"), yesNo("mayBeCriminal"), choice("perpetrator"),
                    yesNo("removalNeeded"), yesNo("posterKnown"), yesNo("maliciousClaimByPupil")),
            step(STAFF, "recordTriage", uses("recordTriageOutcome")),
            step(STAFF, "impersonationComplaint", uses(), yesNo("identityProved"), text("impersonationComplaintReference")),
            step(STAFF, "reportToPhoneNetwork", uses(), text("network"), text("networkReference")),
            step(STAFF, "recordSupport", uses(), text("supportOffered"), date("supportOfferedOn")),
            step(STAFF, "recordOutcome", uses(), text("caseOutcome")),
            step(STAFF, "staffSatisfaction", uses(), yesNo("satisfied")),
            step(STAFF, "headTeacherReviewsHandling", uses(), text("reviewFindings")),
            step(STAFF, "closeCase", uses("closeStaffCase")),
            step(PROCEDURE, "applyBehaviourProcedure", uses(), choice("procedureSeverity"), text("sanction")),
            step(PROCEDURE, "applyParentalConductProcedure", uses(), choice("procedureSeverity"), text("sanction")),
            step(HR, "handCaseToHr", uses("handCaseToHr")),
            step(HR, "hrHandlesDisciplinary", uses(), text("disciplinaryOutcome")),
            step(POLICE, "considerPolice", uses("policeRules.requireStaffMemberConsulted"),
                    yesNo("staffMemberConsulted"), yesNo("policeInvolved")),
            step(POLICE, "recordPoliceReferral", uses(), choice("policeRoute"), text("policeForce"),
                    text("crimeReference"), text("policeOfficer"), date("referredOn")),
            step(POLICE, "recordPoliceClearance", uses(), date("policeClearedOn")),
            step(REMOVAL, "askPosterToRemove", uses(), text("askedWhom"), date("removalRequestedOn")),
            step(REMOVAL, "recordPosterResponse", uses(), choice("removalOutcome")),
            step(TAKEDOWN, "recordMaterialLocation", uses("takedownRules.requireWebAddress"),
                    text("materialUrl"), date("capturedOn")),
            step(TAKEDOWN, "reportToProvider", uses("takedownRules.requireTermUnlessIllegal"), text("provider"),
                    yesNo("materialIllegal"), text("termBroken"), text("providerReference")),
            step(TAKEDOWN, "recordProviderDecision", uses(), choice("takedownOutcome")),
            step(TAKEDOWN, "escalateToHelpline", uses(), date("helplineContactedOn")),
            step(TAKEDOWN, "reportHarmfulContent", uses(), yesNo("reportedToReportHarmfulContent")),
            step(CASE, "destroyWithheldFiles", uses("destroyWithheldFiles"),
                    text("destructionWitness"), text("otherCopies")),
            step(CASE, "initialReviewByDsl", uses("childProtectionRules.requirePlausibleReview"),
                    number("childrenInvolved"), number("youngestAge"), yesNo("childVulnerable"), yesNo("adultInvolved"),
                    yesNo("coercionOrExploitation"), yesNo("unusualOrViolentContent"), yesNo("sexualActsUnder13"),
                    yesNo("sharedWithoutConsent"), yesNo("immediateRiskOfHarm"), text("howWidelyShared"),
                    yesNo("deviceSearched")),
            step(CASE, "recordDeviceSearch", uses("childProtectionRules.requireLawfulDeviceSearch"), text("searchedBy"),
                    choice("searchedWhere"), text("searchReason"), yesNo("searchConsent")),
            step(CASE, "decideReferral", uses("referralDecisionTable", "recordReferralDecision")),
            step(CASE, "recordHandlingRationale", uses(), text("handlingRationale")),
            step(CASE, "headTeacherAgreesHandling", uses(), yesNo("headTeacherAgrees")),
            step(CASE, "recordChildSafeguarding",
                    uses("childProtectionRules.requireParentsDecisionReasoned", "childSafeguardingRecords"),
                    text("childLabel"), date("childDateOfBirth"), number("childAge"), yesNo("childHasSen"),
                    yesNo("childKnownToSocialCare"), text("riskAssessment"), text("safeguards"), yesNo("parentsInformed"),
                    text("parentsDecisionRationale"), text("parentsNotInformedAgreedBy"), date("parentsDecisionReviewOn")),
            step(CASE, "offerRemovalHelp", uses("childProtectionRules.requireRemovalHelp"), yesNo("reportRemoveOffered"),
                    yesNo("takeItDownOffered"), yesNo("imagesDeletedConfirmed")),
            step(CASE, "considerSanctions", uses("childProtectionRules.requireSanctionsWhenPolicyBreached"),
                    yesNo("policyBreached"), text("sanctionsApplied")),
            step(CASE, "completeDslRecord", uses("childProtectionRules.requireRecordComplete"), text("recordSummary"),
                    yesNo("imageViewed")),
            step(CASE, "recordImageViewing", uses("childProtectionRules.requireViewingRecord"),
                    yesNo("viewingHeadTeacherAgreed"), date("viewedOn"), text("viewedBy"), text("viewingWitness"),
                    text("viewedWhere"), text("viewingReason"), text("viewingOutcome")),
            step(CASE, "closeCase", uses("closeChildProtectionCase")),
            step(REFERRAL, ReferralGateCheck.POLICE_STEP, uses(), date("policeReferredOn"), text("policeReference"),
                    text("policeContact")),
            step(REFERRAL, ReferralGateCheck.SOCIAL_CARE_STEP, uses(), date("socialCareReferredOn"),
                    text("socialCareReference"), text("socialCareContact")));

    private RecordedSteps() {
    }

    static List<Step> of(String processKey) {
        return STEPS.stream().filter(step -> step.processKey().equals(processKey)).toList();
    }

    private static Step step(String processKey, String stepId, Set<String> uses, Field... fields) {
        Map<String, Kind> byId = new LinkedHashMap<>();
        Arrays.stream(fields).forEach(field -> byId.put(field.id(), field.kind()));
        return new Step(processKey, stepId, uses, Collections.unmodifiableMap(byId));
    }

    private static Set<String> uses(String... beansOrRules) {
        return Set.of(beansOrRules);
    }

    private static Field text(String id) {
        return new Field(id, Kind.TEXT);
    }

    private static Field yesNo(String id) {
        return new Field(id, Kind.YES_NO);
    }

    private static Field choice(String id) {
        return new Field(id, Kind.CHOICE);
    }

    private static Field date(String id) {
        return new Field(id, Kind.DATE);
    }

    private static Field number(String id) {
        return new Field(id, Kind.NUMBER);
    }
}
