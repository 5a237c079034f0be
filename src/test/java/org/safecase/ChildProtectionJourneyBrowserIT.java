package org.safecase;

import org.junit.jupiter.api.Test;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.BrowserJourney;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.pages.CasePage;
import org.safecase.testing.pages.InboxPage;
import org.safecase.testing.pages.Page;
import org.safecase.testing.pages.ReportPage;
import org.safecase.testing.pages.TaskPage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nude-image incident through a real browser, from the staff member's report to the DSL's
 * closing record, with the referral the decision table requires for a 13-year-old.
 */
class ChildProtectionJourneyBrowserIT extends BrowserJourney {
    private void signInAs(String username) {
        signInPage().signIn(username, Api.PASSWORD);
    }

    private void leadInboxDoesNotShow(String reference) {
        signInAs("lead.riverside");
        driver.get(base + "inbox/inbox.xhtml");
        assertThat(new InboxPage(driver).shows(reference)).as("on no page of the lead's inbox").isFalse();
        new InboxPage(driver).signOut();
    }

    @Test
    void R_SX_1_R_SX_4_R_SX_7_thirteenYearOldIsReferredAndTheCaseClosesOnlyAfterBothReferrals() {
        signInAs("staff.riverside");
        driver.get(base + "intake/report.xhtml");
        ReportPage report = new ReportPage(driver)
                .category("Nude or semi-nude images of a pupil (child protection)").next();
        report.description("A year 8 pupil (13) says her image is being shared in a group chat")
                .occurredAt(LocalDateTime.now().minusHours(3)).next().next().next().submit();
        Matcher found = REFERENCE.matcher(report.receipt());
        assertThat(found.find()).isTrue();
        String reference = found.group();
        report.signOut();
        leadInboxDoesNotShow(reference);

        signInAs("dsl.riverside");
        Map<String, String> review = Answers.childProtectionReview(1, 13, "One class group chat");
        CasePage reviewed = step(reference, "DSL carries out initial review", review);
        assertThat(reviewed.referralDecision()).contains("requires referral").contains("version");

        Page refused = reviewed.closeChildProtectionCase();
        assertThat(refused).isInstanceOf(CasePage.class);
        assertThat(((CasePage) refused).message())
                .contains("cannot be closed until both the police and the children's social care referrals are recorded");

        String today = LocalDate.now().toString();
        step(reference, "DSL records the police referral",
                Map.of("policeReferredOn", today, "policeReference", "CAD-1234", "policeContact", "PC Example, 101"));
        step(reference, "DSL records the children's social care referral",
                Map.of("socialCareReferredOn", today, "socialCareReference", "MASH-77", "socialCareContact", "Duty team"));
        step(reference, "DSL records parents decision and risk assessment for child 1", Map.of(
                "childLabel", "A.B. (Y8)", "childAge", "13", "childHasSen", "false", "childKnownToSocialCare", "false",
                "riskAssessment", "Distressed, no self-harm indicated", "safeguards", "Daily check-in with pastoral lead",
                "parentsInformed", "true", "parentsDecisionRationale", "Police and social care agreed to tell them"));
        step(reference, "DSL offers removal help",
                Map.of("reportRemoveOffered", "true", "takeItDownOffered", "false", "imagesDeletedConfirmed", "false"));
        CasePage safeguarded = step(reference, "DSL considers sanctions under school policy",
                Map.of("policyBreached", "false"));

        Page closing = safeguarded.closeChildProtectionCase();
        assertThat(closing).isInstanceOf(TaskPage.class);
        ((TaskPage) closing).claim()
                .answer(Map.of("recordSummary", "Referred to police and MASH; support in place", "imageViewed", "false"))
                .complete();
        CasePage closed = casePage(reference);

        assertThat(closed.status()).isEqualTo("Closed");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM child_safeguarding_record c JOIN incident i "
                + "ON i.id = c.incident_id WHERE i.reference = ? AND c.age = 13", reference)).isEqualTo(1);
        closed.signOut();
        leadInboxDoesNotShow(reference);
    }

    @Test
    void issue10_item3_aDeputyDslTakesOverATaskTheDslClaimed() {
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"NUDE_IMAGES","description":"A pupil says a picture is going round","occurredAt":"%s"}
                """.formatted(java.time.LocalDateTime.now().minusHours(2).withNano(0))).json().getString("reference");
        Api dsl = Api.as(base, "dsl.riverside");
        String taskId = dsl.taskId(reference, "initialReviewByDsl");
        assertThat(dsl.post("tasks/" + taskId + "/open", "").status()).isEqualTo(200);

        signInAs("deputydsl.riverside");
        driver.get(base + "inbox/inbox.xhtml");
        InboxPage inbox = new InboxPage(driver);
        assertThat(inbox.holderOf(reference)).isEqualTo("Dana Safeguarding");
        TaskPage task = inbox.open(reference, "DSL carries out initial review");
        assertThat(task.heldBy()).contains("Dana Safeguarding");
        task.takeOver();
        assertThat(task.message()).contains("You now hold the task").contains(reference);
        assertThat(Api.as(base, "deputydsl.riverside").task(reference, "initialReviewByDsl").getString("assignee"))
                .isEqualTo("user:" + TestDatabase.string("SELECT CAST(id AS CHAR) FROM app_user WHERE username = ?",
                        "deputydsl.riverside"));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'TASK_REASSIGNED' AND subject = ?",
                reference)).isEqualTo(1);
        task.signOut();
    }

    @Test
    void R_SX_1_leadHandsAStaffCaseToTheDslAsChildProtectionAndNoLongerSeesIt() {
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"Pupils share a post about me","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
        signInAs("lead.riverside");
        driver.get(base + "casefile/case.xhtml?ref=" + reference);
        InboxPage inbox = new CasePage(driver).askToHandToDsl().confirmHandToDsl();
        assertThat(inbox.message()).contains(reference).contains("child-protection case with the designated safeguarding lead");
        assertThat(inbox.shows(reference)).isFalse();
        driver.get(base + "casefile/case.xhtml?ref=" + reference);
        assertThat(driver.getPageSource()).contains("There is no case with that reference").doesNotContain("Pupils share a post");
        inbox.signOut();

        signInAs("dsl.riverside");
        driver.get(base + "inbox/inbox.xhtml");
        assertThat(new InboxPage(driver).shows(reference)).isTrue();
    }
}
