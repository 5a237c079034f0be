package org.safecase;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.BrowserJourney;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.pages.CasePage;
import org.safecase.testing.pages.InboxPage;
import org.safecase.testing.pages.ReportPage;
import org.safecase.testing.pages.TaskPage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11 items 1, 3 and 4 through a real browser: the report form with the keyboard alone
 * (date and time included), evidence added while reporting, and actions that cannot be undone
 * asked for twice, by the server, and refused on a closed case.
 */
class ReportingAndSafeActionsBrowserIT extends BrowserJourney {
    private static final byte[] PNG = org.safecase.testing.UploadSamples.png(6, 4);

    private void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /**
     * Moves the keyboard focus with TAB (then, if it never arrives, SHIFT+TAB) until the focused
     * element {@code e} meets a condition; only keys are pressed, the condition is only read.
     */
    private void tabTo(String condition) {
        for (CharSequence key : new CharSequence[]{Keys.TAB, Keys.chord(Keys.SHIFT, Keys.TAB)}) {
            for (int i = 0; i < 60; i++) {
                Object there = driver.executeScript("var e = document.activeElement; return !!e && e !== document.body && ("
                        + condition + ");");
                if (Boolean.TRUE.equals(there)) {
                    return;
                }
                press(key);
            }
        }
        throw new AssertionError("the keyboard never reached " + condition);
    }

    private void tabToId(String id) {
        tabTo("e.id === '" + id + "'");
    }

    private void waitForField(String id) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void nextStepByKeyboard(String firstFieldOfNextStep) {
        tabTo("e.classList.contains('ui-wizard-nav-next')");
        press(Keys.ENTER);
        waitForField(firstFieldOfNextStep);
    }

    private static long userId(String username) {
        return TestDatabase.count("SELECT id FROM app_user WHERE username = ?", username);
    }

    @Test
    void issue11_item1_aStaffMemberReportsWithTheKeyboardOnly() {
        driver.get(base.toString());
        waitForField("signIn:username");
        tabToId("signIn:username");
        press("staff.hillview");
        tabToId("signIn:password");
        press(Api.PASSWORD, Keys.ENTER);
        waitForField("signOutForm:signOut");

        tabTo("e.tagName === 'A' && (e.getAttribute('href') || '').indexOf('intake/report') >= 0");
        press(Keys.ENTER);
        waitForField("report:category");
        tabToId("report:category");
        press("Cyber");
        assertThat(driver.findElement(By.id("report:category")).getAttribute("value")).isEqualTo("CYBERBULLYING");
        nextStepByKeyboard("report:description");

        tabToId("report:description");
        press("Typed with the keyboard alone: insults under a school post");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        tabToId("report:occurredDay");
        press(String.valueOf(yesterday.getDayOfMonth()));
        tabToId("report:occurredMonth");
        press(String.valueOf(yesterday.getMonthValue()));
        tabToId("report:occurredYear");
        press(String.valueOf(yesterday.getYear()));
        tabToId("report:occurredTime");
        press("08:15");
        nextStepByKeyboard("report:platform");

        tabToId("report:platform");
        press("School page");
        nextStepByKeyboard("report:perpetrator");

        tabToId("report:immediateDanger:0");
        press(Keys.ARROW_RIGHT);
        assertThat(driver.findElement(By.id("report:immediateDanger:1")).isSelected()).as("No, by an arrow key").isTrue();
        tabToId("report:policeWanted:0");
        press(Keys.SPACE);
        assertThat(driver.findElement(By.id("report:policeWanted:0")).isSelected()).as("Yes, by the space bar").isTrue();
        nextStepByKeyboard("report:evidenceHeld");

        tabToId("report:submit");
        press(Keys.ENTER);
        waitForField("receiptReference");
        Matcher found = REFERENCE.matcher(driver.findElement(By.id("receiptReference")).getText());
        assertThat(found.find()).isTrue();
        assertThat(TestDatabase.string("SELECT DATE_FORMAT(occurred_at, '%Y-%m-%d %H:%i') FROM incident WHERE reference = ?",
                found.group())).isEqualTo(yesterday + " 08:15");
        assertThat(TestDatabase.string("SELECT CONCAT(immediate_danger, ':', police_wanted) FROM incident WHERE reference = ?",
                found.group())).isEqualTo("0:1");
    }

    @Test
    void issue11_item1_aWrongDateOrTimeIsRefusedOnItsFieldInWordsAndShownAsTyped() {
        signInPage().signIn("staff.hillview", Api.PASSWORD);
        driver.get(base + "intake/report.xhtml");
        ReportPage report = new ReportPage(driver).category("Other online-safety concern").next()
                .description("Comments about me");
        setField("report:occurredDay", "31");
        setField("report:occurredMonth", "2");
        setField("report:occurredYear", "2025");
        setField("report:occurredTime", "24:00");
        long before = TestDatabase.incidents();
        report.next();
        assertThat(driver.findElement(By.id("report:occurredTimeProblem")).getText())
                .contains("from 00:00 to 23:59");
        assertThat(driver.findElement(By.id("report:occurredTime")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(report.occurredAtShown()).as("never coerced, never lost").isEqualTo("31/2/2025 24:00");

        setField("report:occurredTime", "8:15");
        report.next();
        assertThat(driver.findElement(By.id("report:occurredDayProblem")).getText())
                .contains("31/2/2025 is not a real date");
        assertThat(report.occurredAtShown()).isEqualTo("31/2/2025 8:15");

        setField("report:occurredDay", "28");
        setField("report:occurredYear", "1999");
        report.next();
        assertThat(driver.findElement(By.id("report:occurredYearProblem")).getText()).contains("2000 or later");

        driver.get(base + "intake/report.xhtml");
        ReportPage resumed = new ReportPage(driver).next();
        assertThat(resumed.occurredAtShown()).as("the draft keeps the text as typed").isEqualTo("28/2/1999 8:15");
        assertThat(TestDatabase.incidents()).isEqualTo(before);
        TestDatabase.update("DELETE FROM report_draft WHERE reporter_id = ?", userId("staff.hillview"));
    }

    private void setField(String id, String text) {
        org.openqa.selenium.WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void issue11_item4_aStaffMemberAddsAFileAndAWebAddressWhileReportingAndFindsThemOnTheCase() throws Exception {
        Path capture = Files.write(Files.createTempFile(Path.of("target"), "capture-", ".txt"), PNG);
        Path program = Files.write(Files.createTempFile(Path.of("target"), "photo-", ".png"), "MZ program".getBytes());
        signInPage().signIn("staff.riverside", Api.PASSWORD);
        driver.get(base + "intake/report.xhtml");
        ReportPage report = new ReportPage(driver).category("Upsetting or inappropriate content about staff").next()
                .description("A video about me posted by pupils").occurredAt(LocalDateTime.now().minusDays(2)).next()
                .next().next();
        assertThat(report.offersUpload()).isTrue();
        report.addEvidenceFile(capture);
        assertThat(report.stagedEvidence()).as("named by its content").contains(".png");
        report.addEvidenceFile(program);
        assertThat(report.evidenceFileProblem()).contains("whatever its name says");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM report_draft_evidence WHERE reporter_id = ?",
                userId("staff.riverside"))).as("held with the draft, the refused file not").isEqualTo(1);

        driver.get(base + "intake/report.xhtml");
        report = new ReportPage(driver).next().next().next().next();
        assertThat(report.stagedEvidence()).as("a reload loses nothing").contains(".png");
        report.addEvidenceWebAddress("https://video.example/watch/77");
        assertThat(report.stagedEvidence()).contains("https://video.example/watch/77");
        report.addEvidenceWebAddress("https://video.example/watch/78");
        assertThat(report.removeEvidence("watch/78").stagedEvidence()).as("one removed, the others kept")
                .doesNotContain("watch/78").contains("watch/77").contains(".png");
        report.submit();
        Matcher found = REFERENCE.matcher(report.receipt());
        assertThat(found.find()).isTrue();
        String reference = found.group();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM report_draft_evidence WHERE reporter_id = ?",
                userId("staff.riverside"))).as("moved to the case").isZero();

        CasePage casePage = report.openCaseFromReceipt();
        assertThat(driver.getCurrentUrl()).contains("casefile/case.xhtml?ref=" + reference);
        String kept = TestDatabase.string("SELECT e.sha256 FROM evidence_item e JOIN incident i ON i.id = e.incident_id "
                + "WHERE i.reference = ? AND e.sha256 IS NOT NULL", reference);
        assertThat(casePage.evidence()).as("the hash of the file as kept (re-encoded, issue #12 item 5)").contains(".png")
                .contains("SHA-256 " + kept)
                .contains("https://video.example/watch/77");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM evidence_item e JOIN incident i ON i.id = e.incident_id "
                + "WHERE i.reference = ? AND e.added_by = i.reporter_id", reference)).isEqualTo(2);
    }

    @Test
    void issue11_item4_R_SX_2_aChildProtectionReportOffersNoUploadAndKeepsNoFileAddedBefore() throws Exception {
        Path capture = Files.write(Files.createTempFile(Path.of("target"), "capture-", ".png"), PNG);
        signInPage().signIn("staff.riverside", Api.PASSWORD);
        driver.get(base + "intake/report.xhtml");
        ReportPage report = new ReportPage(driver).category("Other online-safety concern").next()
                .description("A pupil told me an image of a classmate is being passed round")
                .occurredAt(LocalDateTime.now().minusHours(2)).next().next().next();
        report.addEvidenceFile(capture);
        assertThat(report.stagedEvidence()).contains(".png");

        report.back().back().back().back().category("Nude or semi-nude images of a pupil (child protection)").next();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM report_draft_evidence WHERE reporter_id = ? AND kind = 'FILE'",
                userId("staff.riverside"))).as("R-SX-2: the file is gone as soon as the category is chosen").isZero();
        report.next().next().next();
        assertThat(report.offersUpload()).as("no upload on a child-protection report").isFalse();
        assertThat(driver.findElements(By.id("report:evidenceWebAddress"))).isEmpty();
        report.submit();
        Matcher found = REFERENCE.matcher(report.receipt());
        assertThat(found.find()).isTrue();
        assertThat(driver.findElements(By.id("caseLink"))).as("R-SX-1: the receipt says only that it was received").isEmpty();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM evidence_item e JOIN incident i ON i.id = e.incident_id "
                + "WHERE i.reference = ?", found.group())).isZero();
    }

    @Test
    void issue11_item3_handingToTheDslAsksFirstCancelLeavesTheCaseAndYesHandsItOver() {
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"Pupils share a post about me","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
        String triage = Api.as(base, "lead.riverside").taskId(reference, "triageByLead");
        TestDatabase.update("UPDATE ACT_RU_TASK SET DUE_DATE_ = NULL WHERE ID_ = ?", triage);
        TestDatabase.update("UPDATE inbox_task SET due_at = NULL WHERE task_id = ?", triage);
        signInAs("lead.riverside");
        CasePage casePage = casePage(reference);
        assertThat(casePage.openSteps()).as("no empty Due:").contains("No deadline").doesNotContain("Due:");
        driver.get(base + "inbox/task.xhtml?id=" + triage);
        assertThat(driver.findElement(By.id("task")).getText()).contains("No deadline").doesNotContain("Due:");

        casePage(reference);
        postHidden("recategorise", "recategorise:confirmYes");
        new CasePage(driver);
        assertThat(category(reference)).as("no hand-over without the confirming request").isEqualTo("HARMFUL_CONTENT");

        casePage = casePage(reference).askToHandToDsl();
        assertThat(casePage.confirmation()).contains("cannot be undone").contains("you will no longer see the case")
                .contains("Yes, hand it to the DSL").contains("Cancel");
        assertThat(casePage.focused()).as("focus moved to the confirmation").isEqualTo("recategoriseConfirmHeading");
        assertThat(category(reference)).isEqualTo("HARMFUL_CONTENT");

        casePage = casePage.cancelHandToDsl();
        assertThat(casePage.confirmation()).isEmpty();
        assertThat(casePage.message()).contains("Nothing was changed");
        assertThat(category(reference)).as("cancel leaves the case as it is").isEqualTo("HARMFUL_CONTENT");
        assertThat(Api.as(base, "lead.riverside").task(reference, "triageByLead")).isNotNull();

        InboxPage inbox = casePage(reference).askToHandToDsl().confirmHandToDsl();
        assertThat(inbox.message()).contains(reference).contains("child-protection case with the designated safeguarding lead");
        assertThat(category(reference)).isEqualTo("NUDE_IMAGES");
    }

    @Test
    void issue11_item3_aClosedCaseShowsNoActionsAndRefusesAPostedOneInWords() {
        Api staff = Api.as(base, "staff.riverside");
        String reference = staff.post("incidents", """
                {"category":"CYBERBULLYING","description":"Messages about me, since resolved","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(3).withNano(0))).json().getString("reference");
        Api lead = Api.as(base, "lead.riverside");
        String today = LocalDate.now().toString();
        assertThat(lead.completeTask(reference, "triageByLead", Answers.SIMPLE_TRIAGE).status()).isEqualTo(200);
        assertThat(lead.completeTask(reference, "recordSupport",
                Map.of("supportOffered", "Employee assistance programme", "supportOfferedOn", today)).status()).isEqualTo(200);
        assertThat(lead.completeTask(reference, "recordOutcome", Map.of("caseOutcome", "Messages stopped")).status())
                .isEqualTo(200);

        signInAs("staff.riverside");
        driver.get(base + "inbox/task.xhtml?id=" + staff.taskId(reference, "staffSatisfaction"));
        TaskPage satisfaction = new TaskPage(driver).answer("satisfied", "true").askToComplete();
        assertThat(satisfaction.confirmation()).as("the last step asks first, in words")
                .contains("the case closes now and cannot be reopened").contains("Yes, complete this step");
        assertThat(status(reference)).isNotEqualTo("CLOSED");
        satisfaction.cancelComplete();
        assertThat(satisfaction.message()).contains("Nothing was saved");
        assertThat(status(reference)).as("cancel leaves the case open").isNotEqualTo("CLOSED");
        satisfaction.askToComplete().confirmComplete();
        assertThat(status(reference)).isEqualTo("CLOSED");
        new CasePage(driver).signOut();

        signInAs("lead.riverside");
        CasePage closed = casePage(reference);
        assertThat(closed.status()).isEqualTo("Closed");
        assertThat(driver.findElement(By.id("caseClosed")).getText()).contains("This case is closed");
        assertThat(closed.actions()).as("no action buttons, upload or open steps on a closed case").isEmpty();
        assertThat(driver.findElements(By.id("openSteps"))).isEmpty();

        postHidden("recategorise", "recategorise:toChildProtection");
        CasePage refused = new CasePage(driver);
        assertThat(refused.message()).contains("This case is closed: nothing more can be added to it or done on it.");
        assertThat(refused.confirmation()).as("no confirmation offered for a closed case").isEmpty();
        assertThat(category(reference)).isEqualTo("CYBERBULLYING");

        Api.Reply upload = staff.postBytes("cases/" + reference + "/evidence?fileName=late.png", PNG);
        assertThat(upload.status()).isEqualTo(409);
        assertThat(upload.body()).contains("This case is closed");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM evidence_item e JOIN incident i ON i.id = e.incident_id "
                + "WHERE i.reference = ?", reference)).isZero();
    }

    /** A hand-made post of a button the page does not show, with this page's view state (Mojarra decodes hidden forms). */
    private void postHidden(String form, String button) {
        driver.executeScript("var state = document.querySelector('input[name=\"jakarta.faces.ViewState\"]');"
                + "var f = document.createElement('form'); f.method = 'post'; f.action = state.form.action;"
                + "var nonce = document.querySelector('input[name=\"primefaces.nonce\"]');"
                + "[[arguments[0], arguments[0]], [arguments[1], ''], ['jakarta.faces.ViewState', state.value],"
                + " ['primefaces.nonce', nonce ? nonce.value : '']]"
                + ".forEach(function (p) { var i = document.createElement('input');"
                + " i.type = 'hidden'; i.name = p[0]; i.value = p[1]; f.appendChild(i); });"
                + "document.body.appendChild(f); f.submit();", form, button);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && !document.querySelector('form:not([id])');"));
    }

    private void signInAs(String username) {
        signInPage().signIn(username, Api.PASSWORD);
    }

    private static String status(String reference) {
        return TestDatabase.string("SELECT status FROM incident WHERE reference = ?", reference);
    }

    private static String category(String reference) {
        return TestDatabase.string("SELECT category FROM incident WHERE reference = ?", reference);
    }
}
