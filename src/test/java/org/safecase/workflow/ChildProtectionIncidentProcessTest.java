package org.safecase.workflow;

import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safecase.identity.SchoolGroups;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per outcome of the child-protection model and its referral decision, on MariaDB. */
class ChildProtectionIncidentProcessTest {
    private final ProcessEngine engine = ProcessEngineOnMariaDb.engine();

    private String report() {
        String reference = "SC-T-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey(ProcessModels.CHILD_PROTECTION_INCIDENT, reference,
                Map.of("schoolId", 1L, "reviewGroup", SchoolGroups.safeguardingLeads(1L),
                        "headTeacherGroup", SchoolGroups.headTeacher(1L), "triageDeadline", "P1D", "urgent", false));
        return reference;
    }

    private static Map<String, String> review(int youngestAge, String... conditionsThatHold) {
        Map<String, String> answers = new HashMap<>(Map.of("youngestAge", "" + youngestAge, "childVulnerable", "false",
                "adultInvolved", "false", "coercionOrExploitation", "false", "unusualOrViolentContent", "false",
                "sexualActsUnder13", "false", "sharedWithoutConsent", "false", "immediateRiskOfHarm", "false",
                "howWidelyShared", "Two pupils' phones"));
        for (String condition : conditionsThatHold) {
            answers.put(condition, "true");
        }
        return answers;
    }

    private void answer(String reference, String key, Map<String, String> answers) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task " + key).isNotNull();
        engine.getFormService().submitTaskFormData(task.getId(), new HashMap<>(answers));
    }

    private List<String> open(String reference) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    private String endedAt(String reference) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getEndActivityId();
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
        answer(reference, "recordPoliceReferral", Map.of("policeReferredOn", "2026-11-24", "policeReference", "P-1",
                "policeContact", "DC Example"));
        assertThat(open(reference)).as("closure waits for both referrals").containsExactly("recordSocialCareReferral");
        answer(reference, "recordSocialCareReferral", Map.of("socialCareReferredOn", "2026-11-24",
                "socialCareReference", "CSC-9", "socialCareContact", "Duty social worker"));
        assertThat(endedAt(reference)).isEqualTo("referred");
    }

    @Test
    void R_SX_4_aChildAged13RequiresReferral() {
        String reference = report();
        answer(reference, "initialReviewByDsl", review(13));

        assertThat(open(reference)).containsExactly("recordPoliceReferral", "recordSocialCareReferral");
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

        assertThat(endedAt(reference)).isEqualTo("handledInSchool");
    }

    @Test
    void R_SX_4_headTeacherNotAgreeingMeansItIsReferred() {
        String reference = report();
        answer(reference, "initialReviewByDsl", review(15));
        answer(reference, "recordHandlingRationale", Map.of("handlingRationale", "Seems minor"));
        answer(reference, "headTeacherAgreesHandling", Map.of("headTeacherAgrees", "false"));

        assertThat(open(reference)).containsExactly("recordPoliceReferral", "recordSocialCareReferral");
    }
}
