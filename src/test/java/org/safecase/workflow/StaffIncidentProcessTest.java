package org.safecase.workflow;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safecase.identity.SchoolGroups;
import org.safecase.platform.InvalidInputException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One test per path through the staff-case model and its call activities, on MariaDB. */
class StaffIncidentProcessTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDateTime TUESDAY_10AM = LocalDateTime.of(2026, 11, 24, 10, 0);
    private final ProcessEngine engine = ProcessEngineOnMariaDb.engine();

    @AfterEach
    void resetClock() {
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    private StaffCaseScenario report(String category) {
        return StaffCaseScenario.reported(engine, category, TUESDAY_10AM);
    }

    private static Throwable ruleBroken(Runnable step) {
        try {
            step.run();
        } catch (FlowableException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException) {
                    return cause;
                }
            }
            throw e;
        }
        throw new AssertionError("the step was accepted");
    }

    @Test
    void R_ST_4_reportGoesToTheSchoolsLeadsOnly() {
        StaffCaseScenario scenario = report("CYBERBULLYING");
        Task triage = scenario.task("triageByLead");

        assertThat(triage.getName()).isEqualTo("Lead triages report");
        assertThat(engine.getTaskService().createTaskQuery().taskId(triage.getId())
                .taskCandidateGroup(SchoolGroups.onlineSafetyLeads(1L)).count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(triage.getId())
                .taskCandidateGroupIn(List.of(SchoolGroups.onlineSafetyLeads(2L), SchoolGroups.safeguardingLeads(1L)))
                .count()).isZero();
    }

    @Test
    void R_ST_12_R_ST_13_happyPathNoResponseNeededThenSupportAndSatisfiedClosure() {
        StaffCaseScenario scenario = report("OTHER").triage("LOW", false, "UNKNOWN", false, false, false);
        assertThat(ProcessEngineOnMariaDb.TRIAGES_RECORDED).contains(scenario.reference);
        assertThat(scenario.openTaskKeys()).containsExactly("recordSupport");

        scenario.closeWithSupport(true);

        assertThat(scenario.isClosed()).isTrue();
        assertThat(ProcessEngineOnMariaDb.CLOSED).containsEntry(scenario.reference, true);
    }

    @Test
    void R_ST_13_notSatisfiedIsRecordedAtClosure() {
        StaffCaseScenario scenario = report("OTHER").triage("LOW", false, "UNKNOWN", false, false, false)
                .closeWithSupport(false);

        assertThat(scenario.isClosed()).isTrue();
        assertThat(ProcessEngineOnMariaDb.CLOSED).containsEntry(scenario.reference, false);
    }

    @Test
    void R_ST_13_satisfactionIsAskedOfTheReporterThemselves() {
        StaffCaseScenario scenario = report("OTHER").triage("LOW", false, "UNKNOWN", false, false, false);
        scenario.answer("recordSupport", Map.of("supportOffered", "Time off", "supportOfferedOn", "2026-11-25"))
                .answer("recordOutcome", Map.of("caseOutcome", "Resolved"));

        assertThat(scenario.task("staffSatisfaction").getAssignee()).isEqualTo(StaffCaseScenario.REPORTER);
    }

    @Test
    void R_ST_5_R_ST_6_refusedRemovalFallsThroughToProviderTakedownWithCapturedUrlAndTerm() {
        StaffCaseScenario scenario = report("HARMFUL_CONTENT").triage("MEDIUM", false, "PARENT_CARER", true, true, false);
        assertThat(scenario.responseTaskKeys()).containsExactly("applyParentalConductProcedure", "askPosterToRemove");

        scenario.answer("askPosterToRemove", Map.of("removalRequestedOn", "2026-11-24"))
                .answer("recordPosterResponse", Map.of("removalOutcome", "REFUSED"));
        assertThat(scenario.openTaskKeys()).contains("recordMaterialLocation");

        assertThat(ruleBroken(() -> scenario.answer("recordMaterialLocation",
                Map.of("materialUrl", "a screenshot on my phone", "capturedOn", "2026-11-24"))))
                .hasMessageContaining("materialUrl");
        scenario.answer("recordMaterialLocation", Map.of("materialUrl", "https://social.example/p/1", "capturedOn", "2026-11-24"));
        assertThat(ruleBroken(() -> scenario.answer("reportToProvider",
                Map.of("provider", "Social Example", "materialIllegal", "false"))))
                .hasMessageContaining("termBroken");
        scenario.answer("reportToProvider", Map.of("provider", "Social Example", "materialIllegal", "false",
                "termBroken", "Harassment and bullying policy", "providerReference", "T-123"));
        scenario.answer("recordProviderDecision", Map.of("takedownOutcome", "REMOVED"))
                .answer("applyParentalConductProcedure", Map.of("procedureSeverity", "MEDIUM", "sanction", "Letter to parent"));

        assertThat(scenario.variable("removalOutcome")).isEqualTo("REFUSED");
        assertThat(scenario.variable("takedownOutcome")).isEqualTo("REMOVED");
        assertThat(scenario.openTaskKeys()).containsExactly("recordSupport");
        scenario.closeWithSupport(true);
        assertThat(scenario.isClosed()).isTrue();
    }

    @Test
    void R_ST_5_removedByThePosterNeedsNoTakedown() {
        StaffCaseScenario scenario = report("HARMFUL_CONTENT").triage("LOW", false, "OTHER", true, true, false)
                .answer("askPosterToRemove", Map.of("removalRequestedOn", "2026-11-24"))
                .answer("recordPosterResponse", Map.of("removalOutcome", "REMOVED"));

        assertThat(scenario.openTaskKeys()).containsExactly("recordSupport");
    }

    @Test
    void R_ST_5_R_X_1_noReplyByTheRemovalDeadlineCountsAsIgnored() {
        StaffCaseScenario scenario = report("HARMFUL_CONTENT").triage("LOW", false, "OTHER", true, true, false)
                .answer("askPosterToRemove", Map.of("removalRequestedOn", "2026-11-24"));
        Instant due = scenario.task("recordPosterResponse").getDueDate().toInstant();
        assertThat(due).as("five school days").isEqualTo(LocalDateTime.of(2026, 12, 1, 10, 0).atZone(LONDON).toInstant());

        scenario.deadlinePasses("noReply", LocalDateTime.of(2026, 12, 1, 10, 1));

        assertThat(scenario.variable("removalOutcome")).isEqualTo("IGNORED");
        assertThat(scenario.responseTaskKeys()).containsExactly("recordMaterialLocation");
    }

    @Test
    void R_ST_6a_theProviderHasTwoWorkingDaysInSchoolHoursSkippingTheWeekendAndAClosure() {
        StaffCaseScenario scenario = StaffCaseScenario.reported(engine, "HARMFUL_CONTENT",
                        LocalDateTime.of(2026, 12, 3, 9, 0), false, ProcessEngineOnMariaDb.SCHOOL_CLOSED_7_DECEMBER_2026)
                .triage("MEDIUM", false, "UNKNOWN", true, false, false)
                .answer("recordMaterialLocation", Map.of("materialUrl", "https://social.example/p/6", "capturedOn", "2026-12-03"));
        scenario.clockAt(LocalDateTime.of(2026, 12, 3, 15, 0));
        scenario.answer("reportToProvider", Map.of("provider", "Social Example", "materialIllegal", "false",
                "termBroken", "Harassment"));

        // Thursday 15:00 plus two school days of 08:30-16:30: Friday 15:00 is one; the weekend and the
        // closure on Monday 7 December do not count; Tuesday 15:00 is two.
        java.time.Instant due = LocalDateTime.of(2026, 12, 8, 15, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
        assertThat(scenario.timer("providerSilent").getDuedate().toInstant()).isEqualTo(due);
        assertThat(scenario.task("recordProviderDecision").getDueDate().toInstant()).isEqualTo(due);
    }

    @Test
    void R_ST_6a_providerNoReplyOffersTheHelplineThenRefusalGoesToReportHarmfulContent() {
        StaffCaseScenario scenario = report("IMPERSONATION").triage("HIGH", false, "UNKNOWN", true, false, false)
                .answer("recordMaterialLocation", Map.of("materialUrl", "https://fake.example/ms-x", "capturedOn", "2026-11-24"))
                .answer("reportToProvider", Map.of("provider", "Fake Example", "materialIllegal", "true"));
        assertThat(scenario.responseTaskKeys()).containsExactly("impersonationComplaint", "recordProviderDecision");

        scenario.deadlinePasses("providerSilent", LocalDateTime.of(2026, 11, 26, 10, 1));
        assertThat(scenario.responseTaskKeys()).containsExactly("escalateToHelpline", "impersonationComplaint",
                "recordProviderDecision");
        assertThat(scenario.task("escalateToHelpline").getDescription()).contains("0844 381 4772");

        scenario.answer("recordProviderDecision", Map.of("takedownOutcome", "REFUSED"));
        assertThat(scenario.responseTaskKeys()).as("the helpline reminder ends with the decision")
                .containsExactly("impersonationComplaint", "reportHarmfulContent");
        scenario.answer("reportHarmfulContent", Map.of("reportedToReportHarmfulContent", "true"))
                .answer("impersonationComplaint", Map.of("identityProved", "true"));
        assertThat(scenario.openTaskKeys()).containsExactly("recordSupport");
    }

    @Test
    void R_ST_7_impersonationHelpsTheVictimComplainDirectly() {
        StaffCaseScenario scenario = report("IMPERSONATION").triage("MEDIUM", false, "UNKNOWN", false, false, false);

        assertThat(scenario.task("impersonationComplaint").getName())
                .isEqualTo("Lead helps the staff member prove identity and complain to the provider");
    }

    @Test
    void R_ST_8_phoneAbuseIsReportedToTheNetworkByTheAccountHolder() {
        StaffCaseScenario scenario = report("PHONE_ABUSE").triage("MEDIUM", false, "UNKNOWN", false, false, false);

        Task network = scenario.task("reportToPhoneNetwork");
        assertThat(network.getAssignee()).isEqualTo(StaffCaseScenario.REPORTER);
        assertThat(network.getDescription()).contains("nuisance-call line").contains("trace calls for the police");
        scenario.answer("reportToPhoneNetwork", Map.of("network", "EE"));
        assertThat(scenario.openTaskKeys()).containsExactly("recordSupport");
    }

    @Test
    void R_ST_9_R_ST_11_pupilResponsibleGoesThroughTheBehaviourProcedure() {
        StaffCaseScenario scenario = report("CYBERBULLYING").triage("MEDIUM", false, "PUPIL", false, false, false);

        assertThat(scenario.responseTaskKeys()).containsExactly("applyBehaviourProcedure");
        scenario.answer("applyBehaviourProcedure", Map.of("procedureSeverity", "MEDIUM", "sanction", "Detention"));
        assertThat(scenario.openTaskKeys()).containsExactly("recordSupport");
    }

    @Test
    void R_ST_11_pupilMaliciousClaimGoesToTheBehaviourProcedure() {
        StaffCaseScenario scenario = report("OTHER").triage("HIGH", false, "UNKNOWN", false, false, true);

        assertThat(scenario.responseTaskKeys()).containsExactly("applyBehaviourProcedure");
    }

    @Test
    void R_ST_11_aMaliciousPupilClaimRunsTheBehaviourProcedureAlsoWhenAParentPostedTheMaterial() {
        StaffCaseScenario scenario = report("CYBERBULLYING").triage("HIGH", false, "PARENT_CARER", false, false, true);

        assertThat(scenario.responseTaskKeys()).containsExactly("applyBehaviourProcedure", "applyParentalConductProcedure");
        scenario.answer("applyParentalConductProcedure", Map.of("procedureSeverity", "HIGH", "sanction", "Letter"));
        assertThat(scenario.responseTaskKeys()).as("both procedures before the case moves on")
                .containsExactly("applyBehaviourProcedure");
        scenario.answer("applyBehaviourProcedure", Map.of("procedureSeverity", "HIGH", "sanction", "Exclusion"));
        assertThat(scenario.openTaskKeys()).containsExactly("recordSupport");
    }

    @Test
    void R_ST_11_aMaliciousPupilClaimRunsTheBehaviourProcedureBesideTheHandOffOfAColleague() {
        StaffCaseScenario scenario = report("CYBERBULLYING").triage("HIGH", false, "COLLEAGUE", false, false, true);

        assertThat(scenario.responseTaskKeys()).containsExactly("applyBehaviourProcedure", "hrHandlesDisciplinary");
    }

    @Test
    void R_ST_9_colleagueResponsibleIsHandedToLaHrAndTheOutcomeComesBack() {
        StaffCaseScenario scenario = report("CYBERBULLYING").triage("HIGH", false, "COLLEAGUE", false, false, false);

        assertThat(ProcessEngineOnMariaDb.HANDED_TO_HR).contains(scenario.reference);
        Task hr = scenario.task("hrHandlesDisciplinary");
        assertThat(engine.getTaskService().createTaskQuery().taskId(hr.getId())
                .taskCandidateGroup(SchoolGroups.hrOfficers(9L)).count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(hr.getId())
                .taskCandidateGroup(SchoolGroups.onlineSafetyLeads(1L)).count()).isZero();

        scenario.answer("hrHandlesDisciplinary", Map.of("disciplinaryOutcome", "Final written warning"));

        assertThat(scenario.variable("disciplinaryOutcome"))
                .as("HR's outcome comes back to the case in its record (CaseRecordIT), not as a variable of the case")
                .isNull();
        assertThat(scenario.openTaskKeys()).containsExactly("recordSupport");
    }

    @Test
    void R_ST_3_R_X_1a_anUrgentReportOnAFridayEveningIsDueTwoClockHoursLaterAndItsMissGoesToTheHeadAtOnce() {
        StaffCaseScenario scenario = StaffCaseScenario.reportedInImmediateDanger(engine, "CYBERBULLYING",
                LocalDateTime.of(2026, 11, 27, 18, 0));

        Task triage = scenario.task("triageByLead");
        java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
        assertThat(triage.getDueDate().toInstant()).isEqualTo(LocalDateTime.of(2026, 11, 27, 20, 0).atZone(london).toInstant());
        assertThat(triage.getPriority()).as("urgent").isEqualTo(100);
        assertThat(scenario.timer("triageDeadlineMissed").getDuedate().toInstant()).isEqualTo(triage.getDueDate().toInstant());

        scenario.deadlinePasses("triageDeadlineMissed", LocalDateTime.of(2026, 11, 27, 20, 1));
        Task head = scenario.task("headTeacherEnsuresTriage");
        assertThat(head.getPriority()).as("the head teacher's step is urgent too").isEqualTo(100);
        assertThat(engine.getTaskService().createTaskQuery().taskId(head.getId())
                .taskCandidateGroup(SchoolGroups.headTeacher(1L)).count()).isEqualTo(1);
    }

    @Test
    void R_X_1_aReportNotInImmediateDangerIsNotUrgent() {
        StaffCaseScenario scenario = report("CYBERBULLYING");
        assertThat(scenario.task("triageByLead").getPriority()).isEqualTo(50);
    }

    @Test
    void R_ST_13_notSatisfiedGivesTheHeadTeacherAReviewBeforeTheCaseCloses() {
        StaffCaseScenario scenario = report("OTHER").triage("LOW", false, "UNKNOWN", false, false, false);
        scenario.answer("recordSupport", Map.of("supportOffered", "Mentor", "supportOfferedOn", "2026-11-24"));
        scenario.answer("recordOutcome", Map.of("caseOutcome", "Posts reported"));
        scenario.answer("staffSatisfaction", Map.of("satisfied", "false"));

        Task review = scenario.task("headTeacherReviewsHandling");
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId())
                .taskCandidateGroup(SchoolGroups.headTeacher(1L)).count()).isEqualTo(1);
        assertThat(scenario.isClosed()).isFalse();
        scenario.answer("headTeacherReviewsHandling", Map.of("reviewFindings", "Slow takedown; lead retrained"));
        assertThat(scenario.isClosed()).isTrue();
        assertThat(ProcessEngineOnMariaDb.CLOSED.get(scenario.reference)).isFalse();
    }

    @Test
    void R_ST_13_noAnswerByTheSatisfactionDeadlineClosesTheCaseAsNoAnswer() {
        StaffCaseScenario scenario = report("OTHER").triage("LOW", false, "UNKNOWN", false, false, false);
        scenario.answer("recordSupport", Map.of("supportOffered", "Mentor", "supportOfferedOn", "2026-11-24"));
        scenario.answer("recordOutcome", Map.of("caseOutcome", "Posts reported"));
        java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
        assertThat(scenario.task("staffSatisfaction").getDueDate().toInstant()).as("ten school days after Tuesday 10:00")
                .isEqualTo(LocalDateTime.of(2026, 12, 8, 10, 0).atZone(london).toInstant());

        scenario.deadlinePasses("noSatisfactionAnswer", LocalDateTime.of(2026, 12, 8, 10, 1));

        assertThat(scenario.isClosed()).isTrue();
        assertThat(scenario.task("headTeacherReviewsHandling")).as("no answer is not a complaint").isNull();
    }

    @Test
    void R_ST_12_supportCanBeRecordedRightAfterTriageEvenWhileThePoliceHoldTheSchoolsSteps() {
        StaffCaseScenario scenario = report("CYBERBULLYING").triage("HIGH", true, "UNKNOWN", false, false, false);

        assertThat(scenario.openTaskKeys()).containsExactly("considerPolice", "recordSupport");
        scenario.answer("recordSupport", Map.of("supportOffered", "Counselling", "supportOfferedOn", "2026-11-24"));
        assertThat(scenario.openTaskKeys()).as("the outcome waits for the police consideration")
                .containsExactly("considerPolice");
        scenario.answer("considerPolice", Map.of("staffMemberConsulted", "true", "policeInvolved", "false"));
        assertThat(scenario.openTaskKeys()).containsExactly("recordOutcome");
    }

    @Test
    void R_ST_10_policeHoldTheSchoolsStepsUntilClearance() {
        StaffCaseScenario scenario = report("CYBERBULLYING").triage("HIGH", true, "PUPIL", false, false, false);
        assertThat(scenario.responseTaskKeys()).containsExactly("considerPolice");

        assertThat(ruleBroken(() -> scenario.answer("considerPolice",
                Map.of("staffMemberConsulted", "false", "policeInvolved", "true"))))
                .hasMessageContaining("staffMemberConsulted");
        scenario.answer("considerPolice", Map.of("staffMemberConsulted", "true", "policeInvolved", "true"))
                .answer("recordPoliceReferral", Map.of("policeRoute", "NON_EMERGENCY_101", "crimeReference", "CR/123/26",
                        "referredOn", "2026-11-24"));
        assertThat(scenario.responseTaskKeys()).as("behaviour procedure waits for the police")
                .containsExactly("recordPoliceClearance");

        scenario.answer("recordPoliceClearance", Map.of("policeClearedOn", "2026-12-10"));

        assertThat(scenario.variable("policeInvolved")).isEqualTo(true);
        assertThat(scenario.responseTaskKeys()).containsExactly("applyBehaviourProcedure");
    }

    @Test
    void R_ST_10_policeNotInvolvedLetsTheSchoolProceed() {
        StaffCaseScenario scenario = report("CYBERBULLYING").triage("MEDIUM", true, "PUPIL", false, false, false)
                .answer("considerPolice", Map.of("staffMemberConsulted", "true", "policeInvolved", "false"));

        assertThat(scenario.responseTaskKeys()).containsExactly("applyBehaviourProcedure");
    }

    @Test
    void R_ST_3_R_ST_10_staffMemberWantingPoliceGoesToPoliceConsideration() {
        StaffCaseScenario scenario = StaffCaseScenario.reported(engine, "CYBERBULLYING", TUESDAY_10AM, true)
                .triage("MEDIUM", false, "UNKNOWN", false, false, false);

        assertThat(scenario.responseTaskKeys()).containsExactly("considerPolice");
    }

    @Test
    void R_ST_14_publishedAllegationAlwaysGoesToPoliceConsideration() {
        StaffCaseScenario scenario = report("PUBLISHED_ALLEGATION").triage("HIGH", false, "UNKNOWN", false, false, false);

        assertThat(scenario.responseTaskKeys()).containsExactly("considerPolice");
    }

    @Test
    void R_X_1_fridayEveningReportIsDueOnMondayAfternoonInWorkingTime() {
        StaffCaseScenario scenario = StaffCaseScenario.reported(engine, "OTHER", LocalDateTime.of(2026, 11, 20, 17, 30));

        Instant expected = LocalDateTime.of(2026, 11, 23, 16, 30).atZone(LONDON).toInstant();
        assertThat(scenario.task("triageByLead").getDueDate().toInstant()).isEqualTo(expected);
    }

    @Test
    void R_ST_4_missedTriageDeadlineEscalatesToTheHeadTeacherUntilTheLeadTriages() {
        StaffCaseScenario scenario = StaffCaseScenario.reported(engine, "OTHER", LocalDateTime.of(2026, 11, 20, 17, 30));

        scenario.deadlinePasses("triageDeadlineMissed", LocalDateTime.of(2026, 11, 23, 16, 31));

        Task escalation = scenario.task("headTeacherEnsuresTriage");
        assertThat(engine.getTaskService().createTaskQuery().taskId(escalation.getId())
                .taskCandidateGroup(SchoolGroups.headTeacher(1L)).count()).isEqualTo(1);
        assertThat(scenario.responseTaskKeys()).containsExactly("headTeacherEnsuresTriage", "triageByLead");

        scenario.triage("LOW", false, "UNKNOWN", false, false, false);

        assertThat(scenario.openTaskKeys()).as("reminder ends with the triage").containsExactly("recordSupport");
    }

    @Test
    void R_ST_4_headTeacherActingFirstLeavesTheTriageWithTheLead() {
        StaffCaseScenario scenario = report("OTHER");
        scenario.deadlinePasses("triageDeadlineMissed", LocalDateTime.of(2026, 11, 25, 10, 1));

        scenario.answer("headTeacherEnsuresTriage", Map.of());

        assertThat(scenario.responseTaskKeys()).containsExactly("triageByLead");
    }

    @Test
    void triageNeedsEveryAnswer() {
        StaffCaseScenario scenario = report("OTHER");

        assertThatThrownBy(() -> scenario.answer("triageByLead", Map.of("severity", "LOW")))
                .isInstanceOf(FlowableException.class).hasMessageContaining("is required");
        assertThat(scenario.responseTaskKeys()).containsExactly("triageByLead");
    }
}
