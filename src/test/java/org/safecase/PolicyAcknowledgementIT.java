package org.safecase;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safecase.calendar.SchoolCalendar;
import org.safecase.calendar.SchoolDay;
import org.safecase.identity.Nation;
import org.safecase.testing.Browser;
import org.safecase.testing.Api;
import org.safecase.testing.AxeAudit;
import org.safecase.testing.BrowserJourney;
import org.safecase.testing.Smtp;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.TestUsers;
import org.safecase.testing.UploadSamples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15 item 6 (R-X-6): each school's online-safety policy, acknowledged by every member of
 * staff for each version. Each test runs in a school of its own (made here, in the demo local
 * authority) with copies of the demo users moved into it, so no other test's school gets a
 * policy or a prompt. In a browser: the head publishes, a member of staff sees the prompt on the
 * home page and acknowledges, the head sees who has and who has not, reminds one of them (the
 * mail arrives through GreenMail once the school morning "arrives"), and a new version makes
 * everyone outstanding again; the guidance page is reachable from the navigation and, like the
 * other pages, passes axe-core (WCAG 2.2 AA). Over the API: the refusals, the audit rows and the
 * daily check's reminders of a passed review date and a vacant role.
 */
class PolicyAcknowledgementIT extends BrowserJourney {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    private long schoolId;
    private String head;
    private String staffA;
    private String staffB;
    private String lead;

    @BeforeEach
    void aSchoolOfItsOwn() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TestDatabase.update("INSERT INTO school (local_authority_id, name, urn, nation) SELECT local_authority_id, ?, ?, "
                        + "'ENGLAND' FROM school WHERE name = 'Riverside Primary School'", "Policy School " + unique,
                String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000)));
        schoolId = TestDatabase.count("SELECT id FROM school WHERE name = ?", "Policy School " + unique);
        head = TestUsers.copyOf("head.riverside");
        staffA = TestUsers.copyOf("staff.riverside");
        staffB = TestUsers.copyOf("staff.riverside");
        lead = TestUsers.copyOf("lead.riverside");
        for (String user : List.of(head, staffA, staffB, lead)) {
            TestDatabase.update("UPDATE app_user SET school_id = ? WHERE username = ?", schoolId, user);
        }
    }

    @AfterEach
    void retireTheUsers() {
        TestUsers.retireAll();
    }

    private void signIn(String username) {
        driver.manage().deleteAllCookies();
        signInPage().signIn(username, Api.PASSWORD);
    }

    private void open(String path) {
        driver.get(base + path);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void press(By button) {
        WebElement pressed = driver.findElement(button);
        pressed.click();
        Browser.waitUntilReplaced(driver, pressed, WAIT);
    }

    /** The manage page's list with this filter, as the rows read. */
    private String staffList(String filter) {
        new Select(driver.findElement(By.id("staff:filter"))).selectByValue(filter);
        press(By.id("staff:showFilter"));
        return waitFor(By.id("staff:list")).getText();
    }

    private WebElement row(String username) {
        return waitFor(By.xpath("//tbody[@id='staff:list_data']/tr[.//span[@class='staff-email' and normalize-space()='"
                + username + "@example.org']]"));
    }

    private static MimeMessage awaitMail(String address, String subject) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (subject.equals(message.getSubject())
                        && Arrays.stream(message.getAllRecipients()).map(Object::toString).anyMatch(address::equalsIgnoreCase)) {
                    return message;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail \"" + subject + "\" for " + address + " within 60 s");
    }

    private void publishInBrowser(String title, String text, Path pdf, LocalDate reviewDue) {
        waitFor(By.id("publish:title")).clear();
        driver.findElement(By.id("publish:title")).sendKeys(title);
        if (text != null) {
            driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("publish:text")), text);
        }
        if (pdf != null) {
            driver.findElement(By.id("publish:document")).sendKeys(pdf.toAbsolutePath().toString());
        }
        driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("publish:reviewDue")),
                reviewDue.toString());
        press(By.id("publish:publishButton"));
    }

    @Test
    @DisplayName("rx6 item 6: the head publishes, staff acknowledge from the home page's prompt, the head sees who has not "
            + "and reminds them, a new version asks everyone again; the guidance is reachable; axe-core passes")
    void rx6_item6_staffAcknowledgeEachVersionAndTheHeadSeesWhoHasNot() throws Exception {
        AxeAudit axe = new AxeAudit(driver);

        signIn(head);
        driver.findElement(By.id("navPolicy")).click();
        waitFor(By.id("noPolicy"));
        axe.check("policy page, nothing published");
        driver.findElement(By.id("policy:manage")).click();
        waitFor(By.id("publish:publishButton"));
        axe.check("policy: manage, nothing published");
        publishInBrowser("", "", null, LocalDate.now().minusDays(1));
        assertThat(waitFor(By.id("publish:titleProblem")).getText()).contains("title");
        assertThat(driver.findElement(By.id("publish:textProblem")).getText()).contains("text or as a PDF");
        assertThat(driver.findElement(By.id("publish:reviewDueProblem")).getText()).contains("reviewed");
        axe.check("policy: manage, with field problems");

        publishInBrowser("Online safety policy", "1. Staff never engage with online abuse.\n2. Report it to the lead.",
                null, LocalDate.now().plusYears(1));
        assertThat(waitFor(By.id("staff:messages")).getText()).contains("Version 1 is published");
        assertThat(driver.findElement(By.id("staff:list")).getText()).as("everyone outstanding at first")
                .contains(staffA + "@example.org", staffB + "@example.org", lead + "@example.org", head + "@example.org");
        axe.check("policy: manage, version 1 outstanding");

        signIn(staffA);
        WebElement prompt = waitFor(By.id("policyPrompt"));
        assertThat(prompt.getText()).contains("online-safety policy").contains("version 1");
        axe.check("home with the policy prompt");
        driver.findElement(By.id("readPolicy")).click();
        assertThat(waitFor(By.id("policyText")).getText()).contains("Staff never engage");
        press(By.id("policy:acknowledgeButton"));
        assertThat(waitFor(By.id("policy:haveReadProblem")).getText()).contains("Tick the box");
        axe.check("policy: acknowledge, without the box ticked");
        driver.findElement(By.id("policy:haveRead")).click();
        press(By.id("policy:acknowledgeButton"));
        assertThat(waitFor(By.id("policy:acknowledged")).getText()).contains("You acknowledged version 1");
        axe.check("policy: acknowledged");
        open("index.xhtml");
        assertThat(driver.findElements(By.id("policyPrompt"))).as("no prompt once acknowledged").isEmpty();

        driver.findElement(By.id("navGuidance")).click();
        waitFor(By.id("guidanceDo"));
        assertThat(driver.findElement(By.id("dosHeading")).getText()).isEqualTo("Do's and don'ts");
        assertThat(driver.findElement(By.id("locationHeading")).getText()).contains("where you are");
        assertThat(driver.findElement(By.id("socialHeading")).getText()).contains("social media");
        axe.check("guidance, as staff");
        driver.manage().window().setSize(new Dimension(390, 844));
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
                .as("guidance: no sideways scrolling at 390 px").isLessThanOrEqualTo(390L);
        axe.check("guidance at 390 px");
        driver.manage().window().setSize(new Dimension(1280, 900));

        signIn(head);
        open("policy/manage.xhtml");
        String all = staffList("ALL");
        assertThat(row(staffA).getText()).as("acknowledged").contains("Yes, on");
        assertThat(row(staffB).getText()).as("outstanding").contains("Not yet");
        assertThat(all).contains(lead + "@example.org");
        assertThat(staffList("OUTSTANDING")).contains(staffB + "@example.org").doesNotContain(staffA + "@example.org");
        axe.check("policy: manage, who has acknowledged");

        WebElement remind = row(staffB).findElement(By.cssSelector("button[id$=':remind']"));
        remind.click();
        Browser.waitUntilReplaced(driver, remind, WAIT);
        assertThat(waitFor(By.id("staff:messages")).getText()).contains("Reminders queued: 1");
        long staffBId = TestUsers.idOf(staffB);
        LocalDateTime created = LocalDateTime.parse(TestDatabase.string(
                "SELECT DATE_FORMAT(created_at, '%Y-%m-%dT%H:%i:%s.%f') FROM person_mail WHERE user_id = ?", staffBId));
        LocalDateTime sendAfter = LocalDateTime.parse(TestDatabase.string(
                "SELECT DATE_FORMAT(send_after, '%Y-%m-%dT%H:%i:%s.%f') FROM person_mail WHERE user_id = ?", staffBId));
        assertThat(sendAfter).as("R-X-1a: held to the school's hours")
                .isEqualTo(new SchoolCalendar(Nation.ENGLAND, List.of(), SchoolDay.DEFAULT).firstWorkingMomentFrom(created));
        TestDatabase.update("UPDATE person_mail SET send_after = created_at WHERE user_id = ?", staffBId);
        MimeMessage mail = awaitMail(staffB + "@example.org", "SafeCase: please read your school's online-safety policy");
        assertThat(GreenMailUtil.getBody(mail)).contains("/policy/policy.xhtml");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().startsWith(staffA + "@"));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).as("nobody who acknowledged is reminded").isEmpty();

        Path scripted = Files.createTempFile(Path.of("target"), "policy-script-", ".pdf");
        Files.write(scripted, UploadSamples.pdfWithOpenAction());
        publishInBrowser("Online safety policy, with a script", null, scripted, LocalDate.now().plusMonths(11));
        assertThat(waitFor(By.id("publish:documentProblem")).getText()).as("evidence's upload checks refuse it").isNotBlank();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM policy_version WHERE school_id = ?", schoolId)).isEqualTo(1);
        axe.check("policy: manage, a refused PDF");
        Path pdf = Files.createTempFile(Path.of("target"), "policy-", ".pdf");
        Files.write(pdf, UploadSamples.plainPdf());
        publishInBrowser("Online safety policy, reviewed", null, pdf, LocalDate.now().plusMonths(11));
        assertThat(waitFor(By.id("staff:messages")).getText()).contains("Version 2 is published");
        staffList("ALL");
        assertThat(row(staffA).getText()).as("a new version: acknowledged again").contains("Not yet");
        assertThat(row(staffB).getText()).contains("Not yet");

        signIn(staffA);
        assertThat(waitFor(By.id("policyPrompt")).getText()).contains("new version").contains("version 2");
        driver.findElement(By.id("readPolicy")).click();
        assertThat(waitFor(By.id("policy:document")).getText()).contains("PDF");
        axe.check("policy page, a PDF version");
        axe.assertNoSeriousOrCriticalViolations();
    }

    @Test
    @DisplayName("rx6 item 6: only the head or an LA admin publish and see acknowledgements; each acknowledges for "
            + "themselves, only the version in force; a PDF with a script is refused; all of it is audited")
    void rx6_item6_refusalsOverTheApiAndTheAuditTrail() {
        Api headApi = Api.as(base, head);
        String body = """
                {"schoolId":%d,"title":"Policy","text":"Our policy text","reviewDue":"%s"}
                """.formatted(schoolId, LocalDate.now().plusYears(1));
        assertThat(Api.as(base, staffA).post("policy/versions", body).status()).as("staff do not publish").isEqualTo(403);
        assertThat(Api.as(base, "lead.hillview").post("policy/versions", body).status())
                .as("another school's people never find it").isEqualTo(404);
        assertThat(headApi.post("policy/versions", body.replace("\"Policy\"", "12")).status()).as("strict JSON").isEqualTo(400);
        Api.Reply first = headApi.post("policy/versions", body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long version1 = first.json().getJsonNumber("id").longValue();
        Api.Reply second = Api.as(base, "admin.northshire").post("policy/versions", body.replace("Our policy text", "Version two"));
        assertThat(second.status()).as("an LA admin publishes too: " + second.body()).isEqualTo(201);
        assertThat(second.json().getInt("version")).isEqualTo(2);

        assertThat(Api.as(base, staffA).post("policy/acknowledgements", "{\"versionId\":%d}".formatted(version1)).status())
                .as("an older version is not acknowledged").isEqualTo(409);
        Api.Reply acknowledged = Api.as(base, staffA).post("policy/acknowledgements",
                "{\"versionId\":%d}".formatted(second.json().getJsonNumber("id").longValue()));
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(Api.as(base, "governor.riverside").post("policy/acknowledgements",
                "{\"schoolId\":%d}".formatted(schoolId)).status()).as("another school's governor: not found").isEqualTo(404);

        assertThat(Api.as(base, staffA).get("policy/outstanding").status()).as("staff do not see the list").isEqualTo(403);
        Api.Reply outstanding = headApi.get("policy/outstanding?show=OUTSTANDING");
        assertThat(outstanding.status()).as(outstanding.body()).isEqualTo(200);
        assertThat(outstanding.json().getInt("total")).as("head, lead and staffB").isEqualTo(3);
        assertThat(outstanding.body()).doesNotContain(staffA + "@");
        assertThat(headApi.get("policy/outstanding?show=ALL&size=2").json().getJsonArray("staff")).hasSize(2);
        assertThat(headApi.get("policy/outstanding?size=abc").status()).isEqualTo(400);
        Api.Reply reminded = headApi.post("policy/reminders", "{}");
        assertThat(reminded.status()).as(reminded.body()).isEqualTo(200);
        assertThat(reminded.json().getInt("queued")).isEqualTo(3);
        assertThat(headApi.post("policy/reminders", "{}").json().getInt("queued")).as("once a day").isZero();
        assertThat(headApi.post("policy/reminders", "{\"userId\":%d}".formatted(TestUsers.idOf(staffA))).status())
                .as("already acknowledged").isEqualTo(409);

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE school_id = ? AND action = 'POLICY_PUBLISHED'", schoolId))
                .isEqualTo(2);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE school_id = ? AND action = 'POLICY_ACKNOWLEDGED' "
                + "AND actor_id = ? AND subject = ?", schoolId, TestUsers.idOf(staffA), "policy:" + schoolId + ":2")).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE school_id = ? AND action = 'POLICY_REMINDED'", schoolId))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("rx6 item 6: the daily check reminds the head of a passed review date and a vacant DSL role, and the LA "
            + "admins once in a summary; run again, it sends nothing twice")
    void rx6_item6_theDailyCheckRemindsOfAPassedReviewAndAVacantRole() {
        Api.Reply published = Api.as(base, head).post("policy/versions", """
                {"title":"Policy","text":"Text","reviewDue":"%s"}""".formatted(LocalDate.now().plusMonths(1)));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        TestDatabase.update("UPDATE policy_current SET review_due = ? WHERE school_id = ?", LocalDate.now().minusDays(1), schoolId);
        assertThat(Api.as(base, head).post("policy/checks", "").status()).as("LA admins only").isEqualTo(403);

        Api.Reply check = Api.as(base, "admin.northshire").post("policy/checks", "");
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        long headId = TestUsers.idOf(head);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM person_mail WHERE user_id = ? AND message_key = 'policy.reviewPassed'", headId))
                .isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM person_mail WHERE user_id = ? AND message_key = 'policy.dslVacant'", headId))
                .as("the school has a lead but no DSL").isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM person_mail WHERE user_id = ? AND message_key = 'policy.leadVacant'", headId))
                .isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM person_mail WHERE user_id = ? AND message_key = 'policy.summary'",
                TestUsers.idOf("admin.northshire"))).isEqualTo(1);
        long before = TestDatabase.count("SELECT COUNT(*) FROM person_mail");
        assertThat(Api.as(base, "admin.northshire").post("policy/checks", "").status()).isEqualTo(200);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM person_mail")).as("nothing twice").isEqualTo(before);
    }
}
