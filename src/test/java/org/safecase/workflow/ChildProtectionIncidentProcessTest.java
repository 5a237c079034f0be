package org.safecase.workflow;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ProcessEngine;
import org.safecase.platform.InvalidInputException;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safecase.identity.SchoolGroups;
import org.safecase.testing.Answers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One test per outcome of the child-protection model and its referral decision, on MariaDB. */
class ChildProtectionIncidentProcessTest {
    private final ProcessEngine engine = ProcessEngineOnMariaDb.engine();

    private String report() {
        return report(0);
    }

    private String report(int withheldFiles) {
        return report(withheldFiles, "ENGLAND");
    }

    private String report(int withheldFiles, String nation) {
        String reference = "SC-T-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey(ProcessModels.CHILD_PROTECTION_INCIDENT, reference,
                Map.of("schoolId", 1L, "schoolNation", nation, "caseReference", reference,
                        "reviewGroup", SchoolGroups.safeguardingLeads(1L), "headTeacherGroup", SchoolGroups.headTeacher(1L),
                        "deputyDslGroup", SchoolGroups.deputySafeguardingLeads(1L), "firstStepDue", "school:1 P1D",
                        "triageDeadline", "P1D", "urgent", false, "withheldFiles", withheldFiles));
        return reference;
    }

    private static Map<String, String> review(int youngestAge, String... conditionsThatHold) {
        Map<String, String> answers = Answers.childProtectionReview(2, youngestAge, "Two pupils' phones");
        for (String condition : conditionsThatHold) {
            answers.put(condition, "true");
        }
        return answers;
    }

    private void answer(String reference, String key, Map<String, String> answers) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(key).listPage(0, 1).stream().findFirst().orElse(null);
        assertThat(task).as("open task " + key).isNotNull();
        engine.getFormService().submitTaskFormData(task.getId(), new HashMap<>(answers));
    }

    /** A rule broken on completion: the field it names, and nothing moved on. */
    private void refused(String reference, String key, Map<String, String> answers, String field) {
        assertThatThrownBy(() -> answer(reference, key, answers))
                .isInstanceOf(FlowableException.class)
                .satisfies(e -> assertThat(ruleBroken(e).problems()).extracting("field").contains(field));
    }

    private static InvalidInputException ruleBroken(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("not a broken rule: " + thrown);
    }

    private void referBoth(String reference) {
        recordPoliceReferral(reference);
        recordSocialCareReferral(reference);
    }

    private void recordPoliceReferral(String reference) {
        answer(reference, "recordPoliceReferral", Map.of("policeReferredOn", "2026-11-24", "policeReference", "P-1",
                "policeContact", "DC Example"));
    }

    private void recordSocialCareReferral(String reference) {
        answer(reference, "recordSocialCareReferral", Map.of("socialCareReferredOn", "2026-11-24",
                "socialCareReference", "CSC-9", "socialCareContact", "Duty social worker"));
    }

    private void closeWithRecord(String reference, String summary) {
        answer(reference, "completeDslRecord", Map.of("recordSummary", summary, "imageViewed", "false"));
    }

    private static Map<String, String> child(String label, boolean parentsInformed) {
        Map<String, String> answers = new HashMap<>(Map.of("childLabel", label, "childAge", "15",
                "childHasSen", "false", "childKnownToSocialCare", "false", "riskAssessment", "Low risk; no further sharing seen",
                "safeguards", "School counsellor weekly", "parentsInformed", "" + parentsInformed,
                "parentsDecisionRationale", parentsInformed ? "No risk from telling them" : "Telling may put at risk"));
        return answers;
    }

    private void safeguardBothChildren(String reference) {
        for (String label : List.of("A.B.", "C.D.")) {
            answer(reference, "recordChildSafeguarding", child(label, true));
        }
        answer(reference, "offerRemovalHelp", Map.of("reportRemoveOffered", "true", "takeItDownOffered", "false",
                "imagesDeletedConfirmed", "true"));
        answer(reference, "considerSanctions", Map.of("policyBreached", "false"));
    }

    private void handleInSchool(String reference) {
        answer(reference, "initialReviewByDsl", review(15));
        answer(reference, "recordHandlingRationale", Map.of("handlingRationale", "Consensual, both 15, deleted"));
        answer(reference, "headTeacherAgreesHandling", Map.of("headTeacherAgrees", "true"));
    }

    private ChildProtectionWorkflow dslActions() {
        ChildProtectionWorkflow actions = new ChildProtectionWorkflow();
        actions.runtimeService = engine.getRuntimeService();
        actions.taskService = engine.getTaskService();
        return actions;
    }

    private List<String> open(String reference) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    private String endedAt(String reference) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ProcessModels.CHILD_PROTECTION_INCIDENT).singleResult().getEndActivityId();
    }

    @Test
    void R_SX_1_reportGoesToTheSchoolsDslsOnlyNeverTheGeneralInbox() {
        String reference = report();

        Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo("initialReviewByDsl");
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId())
                .taskCandidateGroup(SchoolGroups.safeguardingLeads(1L)).count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId())
                .taskCandidateGroupIn(List.of(SchoolGroups.onlineSafetyLeads(1L), SchoolGroups.headTeacher(1L),
                        SchoolGroups.safeguardingLeads(2L))).count()).isZero();
    }

    @ParameterizedTest(name = "R-SX-4: {0} alone -> both referrals before the case can end")
    @ValueSource(strings = {"adultInvolved", "coercionOrExploitation", "unusualOrViolentContent", "sexualActsUnder13",
            "sharedWithoutConsent", "immediateRiskOfHarm"})
    void R_SX_4_eachConditionAloneRequiresBothReferralsBeforeTheCaseEnds(String condition) {
        String reference = report();
        answer(reference, "initialReviewByDsl", review(15, condition));

        assertThat(open(reference)).containsExactly("recordPoliceReferral", "recordSocialCareReferral");
        assertThat(ProcessEngineOnMariaDb.REFERRAL_DECISIONS.get(reference)).as("table version recorded").isPositive();
        recordPoliceReferral(reference);
        assertThat(open(reference)).as("nothing else until both referrals").containsExactly("recordSocialCareReferral");
        recordSocialCareReferral(reference);
        assertThat(open(reference)).contains("recordChildSafeguarding", "offerRemovalHelp", "considerSanctions");
    }

    @Test
    void R_SX_4_aChildAged13RequiresReferral() {
        String reference = report();
        answer(reference, "initialReviewByDsl", review(13));

        assertThat(open(reference)).containsExactly("recordPoliceReferral", "recordSocialCareReferral");
    }

    @Test
    void R_SX_4_anAdultInvolvedIsAnUrgentPoliceReferral() {
        String reference = report();
        answer(reference, "initialReviewByDsl", review(16, "adultInvolved"));

        Task police = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("recordPoliceReferral").singleResult();
        assertThat(police.getName()).startsWith("URGENT");
        assertThat(police.getPriority()).isEqualTo(100);
    }

    @Test
    void R_SX_4_noConditionIsHandledInSchoolWithRationaleAndTheHeadTeachersAgreement() {
        String reference = report();
        answer(reference, "initialReviewByDsl", review(14));

        assertThat(open(reference)).containsExactly("recordHandlingRationale");
        answer(reference, "recordHandlingRationale", Map.of("handlingRationale", "Consensual, both 15, deleted"));
        Task head = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(engine.getTaskService().createTaskQuery().taskId(head.getId())
                .taskCandidateGroup(SchoolGroups.headTeacher(1L)).count()).isEqualTo(1);
        answer(reference, "headTeacherAgreesHandling", Map.of("headTeacherAgrees", "true"));

        assertThat(open(reference)).containsExactly("considerSanctions", "offerRemovalHelp",
                "recordChildSafeguarding", "recordChildSafeguarding");
        safeguardBothChildren(reference);
        closeWithRecord(reference, "Handled in school");
        assertThat(endedAt(reference)).isEqualTo("closed");
        assertThat(ProcessEngineOnMariaDb.CHILD_PROTECTION_CLOSED).contains(reference);
    }

    @Test
    void R_SX_4_headTeacherNotAgreeingMeansItIsReferred() {
        String reference = report();
        answer(reference, "initialReviewByDsl", review(15));
        answer(reference, "recordHandlingRationale", Map.of("handlingRationale", "Seems minor"));
        answer(reference, "headTeacherAgreesHandling", Map.of("headTeacherAgrees", "false"));

        assertThat(open(reference)).containsExactly("recordPoliceReferral", "recordSocialCareReferral");
    }

    @Test
    void item3_aMissedReviewDeadlineGivesTheDeputyDslAndTheHeadTeacherAStepAndTheReviewCarriesOn() {
        String reference = report();
        org.flowable.job.api.Job timer = engine.getManagementService().createTimerJobQuery()
                .elementId("reviewDeadlineMissed").list().stream()
                .filter(job -> engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceId(job.getProcessInstanceId()).processInstanceBusinessKey(reference).count() == 1)
                .findFirst().orElseThrow();
        engine.getManagementService().moveTimerToExecutableJob(timer.getId());
        engine.getManagementService().executeJob(timer.getId());

        Task escalation = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("deputyAndHeadEnsureReview").singleResult();
        assertThat(engine.getTaskService().createTaskQuery().taskId(escalation.getId())
                .taskCandidateGroup(SchoolGroups.deputySafeguardingLeads(1L)).count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(escalation.getId())
                .taskCandidateGroup(SchoolGroups.headTeacher(1L)).count()).isEqualTo(1);
        answer(reference, "initialReviewByDsl", review(15));
        assertThat(open(reference)).as("the review done, the escalation is over").containsExactly("recordHandlingRationale");
    }

    @Test
    void R_X_1a_R_SX_4_aChildAtImmediateRiskFoundAtTheReviewMakesTheCaseUrgentFromThenOn() {
        String reference = report();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("initialReviewByDsl").singleResult().getPriority()).isEqualTo(50);

        answer(reference, "initialReviewByDsl", review(15, "immediateRiskOfHarm"));

        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ProcessModels.CHILD_PROTECTION_INCIDENT).singleResult().getId();
        assertThat(engine.getRuntimeService().getVariable(instance, "urgent")).as("notifications go at once").isEqualTo(true);
    }

    @Test
    void R_SX_4_referNowWorksBeforeTheReviewAndTheReviewThenNeitherRefersAgainNorHandlesItInSchool() {
        String reference = report();

        dslActions().referNow(reference);

        assertThat(open(reference)).contains("initialReviewByDsl", "recordPoliceReferral", "recordSocialCareReferral");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("recordPoliceReferral").singleResult().getName()).doesNotStartWith("URGENT");
        referBoth(reference);
        answer(reference, "initialReviewByDsl", review(15));
        assertThat(open(reference)).doesNotContain("recordHandlingRationale", "recordPoliceReferral")
                .contains("recordChildSafeguarding", "offerRemovalHelp", "considerSanctions");
        assertThatThrownBy(() -> dslActions().referNow(reference)).hasMessageContaining("already been referred");
    }

    @Test
    void R_SX_4_referralStaysPossibleAfterHandlingInSchoolBegan() {
        String reference = report();
        handleInSchool(reference);

        dslActions().referNow(reference);

        assertThat(open(reference)).contains("recordPoliceReferral", "recordSocialCareReferral",
                "recordChildSafeguarding", "offerRemovalHelp");
        assertThatThrownBy(() -> dslActions().referNow(reference)).as("only one referral")
                .hasMessageContaining("already been referred");
        referBoth(reference);
        safeguardBothChildren(reference);
        closeWithRecord(reference, "Referred after all");
        assertThat(endedAt(reference)).isEqualTo("closed");
    }

    @Test
    void R_SX_4_closingIsRefusedWhileAReferralIsUnrecorded() {
        String reference = report();
        handleInSchool(reference);
        safeguardBothChildren(reference);
        dslActions().referNow(reference);
        recordPoliceReferral(reference);

        assertThat(dslActions().referralUnderway(reference)).isTrue();
        refused(reference, "completeDslRecord", Map.of("recordSummary", "Done", "imageViewed", "false"), "recordSummary");
        assertThat(open(reference)).as("still open, nothing closed").contains("completeDslRecord");
        assertThat(ProcessEngineOnMariaDb.CHILD_PROTECTION_CLOSED).doesNotContain(reference);

        recordSocialCareReferral(reference);
        closeWithRecord(reference, "Done");
        assertThat(endedAt(reference)).isEqualTo("closed");
    }

    @Test
    void R_SX_6_eachChildGetsItsOwnRecord() {
        String reference = report();
        handleInSchool(reference);
        safeguardBothChildren(reference);

        assertThat(ProcessEngineOnMariaDb.CHILD_RECORDS).contains(reference + "#1", reference + "#2");
    }

    @Test
    void R_SX_3_aReviewWithNoChildrenOrAnImpossibleAgeIsRefused() {
        String reference = report();
        Map<String, String> noChildren = review(15);
        noChildren.put("childrenInvolved", "0");
        refused(reference, "initialReviewByDsl", noChildren, "childrenInvolved");
        refused(reference, "initialReviewByDsl", review(45), "youngestAge");
        assertThat(open(reference)).containsExactly("initialReviewByDsl");
    }

    @Test
    void R_SX_3_eachChildHasADateOfBirthOrAnAgeAndAnAgeThatContradictsItIsRefused() {
        String reference = report();
        handleInSchool(reference);
        Map<String, String> neither = child("A.B.", true);
        neither.remove("childAge");
        refused(reference, "recordChildSafeguarding", neither, "childAge");
        Map<String, String> contradicted = child("A.B.", true);
        contradicted.put("childDateOfBirth", java.time.LocalDate.now().minusYears(12).minusDays(3).toString());
        refused(reference, "recordChildSafeguarding", contradicted, "childAge");
        Map<String, String> adult = child("A.B.", true);
        adult.remove("childAge");
        adult.put("childDateOfBirth", java.time.LocalDate.now().minusYears(30).toString());
        refused(reference, "recordChildSafeguarding", adult, "childDateOfBirth");
        Map<String, String> born = child("A.B.", true);
        born.remove("childAge");
        born.put("childDateOfBirth", java.time.LocalDate.now().minusYears(14).minusDays(3).toString());
        answer(reference, "recordChildSafeguarding", born);
    }

    @Test
    void R_SX_5_parentsNotToldNeedsWhoAgreedAndAReviewDate() {
        String reference = report();
        handleInSchool(reference);

        refused(reference, "recordChildSafeguarding", child("A.B.", false), "parentsNotInformedAgreedBy");
        Map<String, String> pastReview = child("A.B.", false);
        pastReview.put("parentsNotInformedAgreedBy", "DS Example, police");
        pastReview.put("parentsDecisionReviewOn", "2020-01-01");
        refused(reference, "recordChildSafeguarding", pastReview, "parentsDecisionReviewOn");

        Map<String, String> reasoned = child("A.B.", false);
        reasoned.put("parentsNotInformedAgreedBy", "DS Example, police");
        reasoned.put("parentsDecisionReviewOn", java.time.LocalDate.now().plusDays(14).toString());
        answer(reference, "recordChildSafeguarding", reasoned);
        assertThat(ProcessEngineOnMariaDb.CHILD_RECORDS).contains(reference + "#1").doesNotContain(reference + "#2");
    }

    @Test
    void R_SX_9_removalRouteOfferedAndDeletionConfirmedWhenHandledInSchool() {
        String reference = report();
        handleInSchool(reference);

        refused(reference, "offerRemovalHelp", Map.of("reportRemoveOffered", "false", "takeItDownOffered", "false",
                "imagesDeletedConfirmed", "true"), "reportRemoveOffered");
        refused(reference, "offerRemovalHelp", Map.of("reportRemoveOffered", "true", "takeItDownOffered", "true",
                "imagesDeletedConfirmed", "false"), "imagesDeletedConfirmed");
        answer(reference, "offerRemovalHelp", Map.of("reportRemoveOffered", "true", "takeItDownOffered", "true",
                "imagesDeletedConfirmed", "true"));
        assertThat(open(reference)).doesNotContain("offerRemovalHelp");
    }

    @Test
    void R_SX_9_deletionNeedNotBeConfirmedWhenReferred() {
        String reference = report();
        answer(reference, "initialReviewByDsl", review(13));
        referBoth(reference);

        answer(reference, "offerRemovalHelp", Map.of("reportRemoveOffered", "true", "takeItDownOffered", "false",
                "imagesDeletedConfirmed", "false"));
        assertThat(open(reference)).doesNotContain("offerRemovalHelp");
    }

    @Test
    void R_SX_8_aBreachedPolicyNeedsTheSanctionsRecorded() {
        String reference = report();
        handleInSchool(reference);

        refused(reference, "considerSanctions", Map.of("policyBreached", "true"), "sanctionsApplied");
        answer(reference, "considerSanctions", Map.of("policyBreached", "true", "sanctionsApplied", "Phone confiscated"));
        assertThat(open(reference)).doesNotContain("considerSanctions");
    }

    @Test
    void R_SX_10_aViewedImageNeedsTheHeadsAgreementTheDslAsViewerAndAnotherSeniorWitnessWhoDidNotView() {
        String reference = report();
        handleInSchool(reference);
        safeguardBothChildren(reference);
        answer(reference, "completeDslRecord", Map.of("recordSummary", "Viewed once", "imageViewed", "true"));

        assertThat(open(reference)).containsExactly("recordImageViewing");
        Map<String, String> viewing = new HashMap<>(Map.of("viewingHeadTeacherAgreed", "false", "viewedOn", "2026-11-20",
                "viewedBy", "dsl.one", "viewingWitness", "head.one", "viewedWhere", "Head's office",
                "viewingReason", "To decide whether it was violent", "viewingOutcome", "Referred"));
        refused(reference, "recordImageViewing", viewing, "viewingHeadTeacherAgreed");
        viewing.put("viewingHeadTeacherAgreed", "true");
        viewing.put("viewedBy", "head.one");
        refused(reference, "recordImageViewing", viewing, "viewedBy");
        viewing.put("viewedBy", "dsl.one");
        viewing.put("viewingWitness", "DSL.one");
        refused(reference, "recordImageViewing", viewing, "viewingWitness");
        viewing.put("viewingWitness", "staff.one");
        refused(reference, "recordImageViewing", viewing, "viewingWitness");
        viewing.put("viewingWitness", "Deputy Head");
        refused(reference, "recordImageViewing", viewing, "viewingWitness");
        viewing.put("viewingWitness", "deputy.one");
        answer(reference, "recordImageViewing", viewing);
        assertThat(endedAt(reference)).isEqualTo("closed");
    }

    @Test
    void R_SX_2_filesHeldFromBeforeRecategorisationMustBeDestroyedBeforeTheCaseCloses() {
        String reference = report(2);
        assertThat(open(reference)).containsExactly("destroyWithheldFiles", "initialReviewByDsl");
        handleInSchool(reference);
        safeguardBothChildren(reference);

        refused(reference, "completeDslRecord", Map.of("recordSummary", "Done", "imageViewed", "false"), "recordSummary");
        answer(reference, "destroyWithheldFiles", Map.of("destructionWitness", "Deputy head",
                "otherCopies", "Pupil's phone: images deleted in front of the DSL"));
        assertThat(ProcessEngineOnMariaDb.FILES_DESTROYED).contains(reference);
        closeWithRecord(reference, "Done");
        assertThat(endedAt(reference)).isEqualTo("closed");
    }

    @Test
    void R_SX_2_aNewReportHoldsNoFilesSoNothingAwaitsDestruction() {
        String reference = report();
        assertThat(open(reference)).containsExactly("initialReviewByDsl");
    }

    private static Map<String, String> search(boolean consent) {
        return Map.of("searchedBy", "Deputy head", "searchedWhere", "ON_PREMISES",
                "searchReason", "Pupil said the image was being sent on right now", "searchConsent", "" + consent);
    }

    private String reviewedWithDeviceSearch(String nation) {
        String reference = report(0, nation);
        Map<String, String> answers = review(15);
        answers.put("deviceSearched", "true");
        answer(reference, "initialReviewByDsl", answers);
        return reference;
    }

    @Test
    void R_SX_11_aSearchWithoutConsentIsRecordedInEngland() {
        String reference = reviewedWithDeviceSearch("ENGLAND");
        assertThat(open(reference)).containsExactly("recordDeviceSearch", "recordHandlingRationale");

        answer(reference, "recordDeviceSearch", search(false));
        assertThat(open(reference)).containsExactly("recordHandlingRationale");
    }

    @ParameterizedTest(name = "R-SX-11: no search without consent in {0}")
    @ValueSource(strings = {"WALES", "SCOTLAND", "NORTHERN_IRELAND"})
    void R_SX_11_aSearchWithoutConsentIsRefusedOutsideEngland(String nation) {
        String reference = reviewedWithDeviceSearch(nation);

        refused(reference, "recordDeviceSearch", search(false), "searchConsent");
        answer(reference, "recordDeviceSearch", search(true));
        assertThat(open(reference)).doesNotContain("recordDeviceSearch");
    }

    @Test
    void R_SX_11_R_SX_7_theCaseCannotCloseBeforeTheSearchIsRecorded() {
        String reference = reviewedWithDeviceSearch("ENGLAND");
        answer(reference, "recordHandlingRationale", Map.of("handlingRationale", "Both 15, consensual"));
        answer(reference, "headTeacherAgreesHandling", Map.of("headTeacherAgrees", "true"));
        safeguardBothChildren(reference);

        refused(reference, "completeDslRecord", Map.of("recordSummary", "Done", "imageViewed", "false"), "recordSummary");
        answer(reference, "recordDeviceSearch", search(false));
        closeWithRecord(reference, "Done");
        assertThat(endedAt(reference)).isEqualTo("closed");
    }
}
