package org.safecase;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safecase.testing.Api;
import org.safecase.testing.AxeAudit;
import org.safecase.testing.Browser;
import org.safecase.testing.BrowserJourney;
import org.safecase.testing.Smtp;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.TestUsers;
import org.safecase.testing.pages.InboxPage;
import org.safecase.testing.pages.PasswordLinkPage;
import org.safecase.testing.pages.SchoolsPage;
import org.safecase.testing.pages.SignInPage;
import org.safecase.testing.pages.UsersPage;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13 item 3 in a browser, the issue's "Done means": an LA admin adds a school and a user
 * with a role; the user sets a password from the link in the welcome e-mail (a real SMTP server,
 * GreenMail), signs in and sees only that school; a head teacher makes a colleague deputy DSL,
 * whose open session then ends and who, signed in again, has the deputy DSL's inbox; a
 * deactivated user's open session ends at its next request. The schools, users and password
 * pages pass axe-core's WCAG 2.2 AA rules with and without field problems and at 390 px; the
 * deactivation is confirmed with the keyboard alone.
 */
class AdministrationBrowserIT extends BrowserJourney {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern LINK = Pattern.compile("(\\S+)/reset-password\\.xhtml\\?key=([A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "Brisk harbour lanterns 7";
    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    /** Browsers of other people (a second cookie jar each), closed after each test. */
    private final List<ChromeDriver> others = new ArrayList<>();
    /** Users made through the page, deactivated after each test like {@link TestUsers}' copies. */
    private final List<String> made = new ArrayList<>();

    @AfterEach
    void closeOtherBrowsersAndRetireTheUsersMade() {
        try {
            for (ChromeDriver other : others) {
                assertThat(Browser.cspViolations(other)).as("Content-Security-Policy violations in another browser").isEmpty();
            }
        } finally {
            others.forEach(WebDriver::quit);
            TestUsers.retireAll();
            made.forEach(TestUsers::deactivate);
        }
    }

    private ChromeDriver otherBrowser(String username, String password) {
        ChromeDriver other = Browser.start();
        others.add(other);
        other.get(base.toString());
        new SignInPage(other).signIn(username, password);
        return other;
    }

    private String report(Api as, String category, String description) {
        Api.Reply reply = as.post("incidents", """
                {"category":"%s","description":"%s","occurredAt":"%s"}
                """.formatted(category, description, LocalDateTime.now().minusHours(1).withNano(0)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("reference");
    }

    /** The mail with this subject to this address, once the server's notification job has sent it. */
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

    /** The secret of the password link in a mail. */
    private static String keyIn(MimeMessage mail) throws IOException, MessagingException {
        String body = mail.getContent() instanceof String text ? text : GreenMailUtil.getBody(mail);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a password link in: " + body).isTrue();
        return link.group(2);
    }

    /** Waits until the page has put the focus on this element (a confirmation step, a form opened on a row). */
    private void focusOn(String id) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> id.equals(d.switchTo().activeElement().getAttribute("id")));
    }

    private void assertNoSidewaysScrolling(String page) {
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
                .as(page + ": no sideways scrolling at 390 px").isLessThanOrEqualTo(390L);
    }

    @Test
    void issue13_item3_anLaAdminAddsASchoolAndAUserWithARoleWhoSetsAPasswordFromTheMailAndSeesOnlyThatSchool() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String schoolName = "Test School " + unique;
        String renamed = "Test Academy " + unique;
        String urn = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        String riversideCase = report(Api.as(base, "staff.riverside"), "CYBERBULLYING", "A riverside page mocks a teacher");
        AxeAudit axe = new AxeAudit(driver);

        signInPage().signIn("admin.northshire", Api.PASSWORD);
        driver.findElement(By.id("navSchools")).click();
        SchoolsPage schools = new SchoolsPage(driver);
        axe.check("schools");

        schools = schools.fill("", "12ab", null, "09:00", null).save();
        assertThat(schools.problem("name")).contains("school's name");
        assertThat(schools.problem("urn")).contains("6 to 8 digits");
        assertThat(schools.problem("nation")).contains("nation");
        assertThat(schools.problem("dayEnds")).contains("both");
        assertThat(driver.findElement(By.id("school:urn")).getAttribute("aria-invalid")).isEqualTo("true");
        axe.check("schools, with field problems");

        schools = schools.fill(schoolName, urn, "Wales", "08:15", "15:45").save();
        assertThat(schools.messages()).contains(schoolName + " is added.");
        schools = schools.find(unique);
        assertThat(schools.rowText(schoolName)).contains(urn).contains("Wales").contains("08:15 to 15:45");

        schools = schools.change(schoolName);
        assertThat(schools.formHeading()).isEqualTo("Change " + schoolName);
        focusOn("formHeading");
        assertThat(schools.value("urn")).isEqualTo(urn);
        assertThat(schools.selectedNation()).isEqualTo("Wales");
        assertThat(schools.value("dayStarts")).isEqualTo("08:15");
        schools = schools.fill(renamed, urn, "England", null, null).save();
        assertThat(schools.messages()).contains("The changes to " + renamed + " are saved.");
        assertThat(driver.getCurrentUrl()).as("no school number in the address").doesNotContain("?");
        driver.get(base + "identity/schools.xhtml");
        schools = new SchoolsPage(driver).find(unique);
        assertThat(schools.rowText(renamed)).contains(urn).contains("England").contains("Usual hours");
        assertThat(schools.lists(schoolName)).isFalse();

        schools = schools.fill("Another " + renamed, urn, "England", null, null).save();
        assertThat(schools.messages()).as("a conflict, in words").contains("Another school already has the number " + urn);
        axe.check("schools, a conflict");

        driver.findElement(By.id("navStaff")).click();
        UsersPage users = new UsersPage(driver);
        axe.check("users (LA admin)");
        users = users.fill(" ", "not-an-address", "The local authority itself (no school)", List.of()).save();
        assertThat(users.problem("name")).contains("person's name");
        assertThat(users.problem("email")).contains("e-mail address");
        assertThat(users.problem("roles")).contains("at least one role");
        axe.check("users, with field problems");

        String name = "Ada Test " + unique;
        String email = "ada." + unique + "@example.org";
        users = users.fill(name, "Ada." + unique + "@Example.org", renamed, List.of("ONLINE_SAFETY_LEAD")).save();
        made.add(email);
        assertThat(users.messages()).contains(name + " is added.").contains("e-mailed to " + email);
        users = users.find(renamed, "", false);
        assertThat(users.emails()).as("the new school's only user").containsExactly(email);
        assertThat(users.rowText(email)).contains(name).contains(renamed).contains("Online-safety lead").contains("Active");

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(base + "identity/schools.xhtml");
        new SchoolsPage(driver);
        axe.check("schools, 390 px");
        assertNoSidewaysScrolling("schools");
        driver.get(base + "identity/users.xhtml");
        new UsersPage(driver);
        axe.check("users, 390 px");
        assertNoSidewaysScrolling("users");

        MimeMessage welcome = awaitMail(email, "SafeCase: your account");
        String key = keyIn(welcome);
        driver.manage().deleteAllCookies();
        driver.get(base + "reset-password.xhtml?key=" + key);
        PasswordLinkPage link = new PasswordLinkPage(driver);
        assertThat(link.asksForPassword()).isTrue();
        axe.check("choose a password, 390 px");
        assertNoSidewaysScrolling("choose a password");
        driver.manage().window().setSize(new Dimension(1280, 900));
        link.choose(NEW_PASSWORD, NEW_PASSWORD + "!");
        assertThat(link.problem("repeated")).contains("not the same");
        assertThat(driver.findElement(By.id("choose:repeated")).getAttribute("aria-invalid")).isEqualTo("true");
        axe.check("choose a password, with field problems");
        link.choose("too short", "too short");
        assertThat(link.problem("password")).contains("12 to 128 characters");
        link.choose(NEW_PASSWORD, NEW_PASSWORD);
        new SignInPage(driver);
        assertThat(driver.findElement(By.id("signIn:messages")).getText()).contains("Your password is set.");

        driver.get(base + "reset-password.xhtml?key=" + key);
        assertThat(new PasswordLinkPage(driver).refusal()).as("a link works once").contains("This link does not work");
        axe.check("choose a password, a used link");

        driver.get(base.toString());
        new SignInPage(driver).signIn(email, NEW_PASSWORD);
        String own = report(Api.as(base, email, NEW_PASSWORD), "HARMFUL_CONTENT", "A post names a teacher of the new school");
        driver.get(base + "casefile/cases.xhtml");
        String register = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("casesForm:cases")).getText());
        assertThat(register).as("the new school's register").contains(own).doesNotContain(riversideCase);
        driver.get(base + "inbox/inbox.xhtml");
        InboxPage inbox = new InboxPage(driver);
        assertThat(inbox.shows(own)).as("the new school's triage").isTrue();
        assertThat(inbox.shows(riversideCase)).as("Riverside's triage is not theirs").isFalse();
        driver.get(base + "casefile/case.xhtml?ref=" + riversideCase);
        String refused = new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("notFound")).getText());
        assertThat(refused).contains("no case with that reference that you can see");
        axe.assertNoSeriousOrCriticalViolations();
    }

    @Test
    void issue13_item3_aHeadTeacherMakesAColleagueDeputyDslWhoseOpenSessionEndsAndWhoThenHasTheDeputyDslsInbox() {
        String head = TestUsers.copyOf("head.riverside");
        String colleague = TestUsers.copyOf("staff.riverside");
        String colleagueEmail = colleague + "@example.org";
        String childCase = report(Api.as(base, "dsl.riverside"), "NUDE_IMAGES", "A pupil says a picture is going round");
        ChromeDriver theirs = otherBrowser(colleague, Api.PASSWORD);
        assertThat(theirs.findElements(By.id("navInbox"))).as("a member of staff has no inbox").isEmpty();
        AxeAudit axe = new AxeAudit(driver);

        signInPage().signIn(head, Api.PASSWORD);
        assertThat(driver.findElements(By.id("navSchools"))).as("schools are kept by LA admins").isEmpty();
        driver.get(base + "identity/schools.xhtml");
        assertThat(driver.findElement(By.id("refusal")).getText()).as("refused in words").contains("Only an LA administrator");
        assertThat(driver.findElements(By.id("school:save"))).isEmpty();
        driver.get(base + "index.xhtml");
        driver.findElement(By.id("keepStaffRoles")).click();
        UsersPage users = new UsersPage(driver);
        assertThat(users.formShown()).as("a head teacher adds nobody").isFalse();
        assertThat(driver.findElements(By.id("users:school"))).as("their own school only").isEmpty();
        axe.check("users (head teacher)");
        assertThat(users.find(null, "hillview", true).emails()).as("nobody of another school").isEmpty();

        users = users.find(null, colleague, false);
        assertThat(users.emails()).containsExactly(colleagueEmail);
        assertThat(users.rowText(colleagueEmail)).contains("Staff member").doesNotContain("Deputy DSL");
        assertThat(users.hasRowAction(colleagueEmail, "deactivate")).isFalse();
        assertThat(users.hasRowAction(colleagueEmail, "sendLink")).isFalse();
        users = users.rowAction(colleagueEmail, "changeRoles");
        assertThat(users.formHeading()).isEqualTo("Roles of Test " + colleague);
        assertThat(users.role("STAFF").isSelected()).isTrue();
        assertThat(users.role("HEAD_TEACHER").isEnabled()).as("never the head teacher's role").isFalse();
        axe.check("roles of a colleague (head teacher)");
        users.role("DEPUTY_DSL").click();
        users = users.save();
        assertThat(users.messages()).contains("The roles of Test " + colleague + " are saved.");

        driver.get(base + "identity/users.xhtml");
        users = new UsersPage(driver).find(null, colleague, false);
        assertThat(users.rowText(colleagueEmail)).contains("Staff member").contains("Deputy DSL");

        theirs.get(base + "index.xhtml");
        new SignInPage(theirs);
        assertThat(theirs.findElement(By.id("signIn:sessionChanged")).getText())
                .as("their open session ended at its next request").contains("your roles");
        new SignInPage(theirs).signIn(colleague, Api.PASSWORD);
        assertThat(theirs.findElements(By.id("navInbox"))).as("a deputy DSL has an inbox").isNotEmpty();
        theirs.findElement(By.id("navInbox")).click();
        assertThat(new InboxPage(theirs).shows(childCase)).as("the DSL's child-protection review, offered to the deputy").isTrue();
        axe.assertNoSeriousOrCriticalViolations();
    }

    @Test
    void issue13_item3_anLaAdminSendsAPasswordLinkThenDeactivatesAUserByKeyboardAndTheirOpenSessionEnds() throws Exception {
        String lead = TestUsers.copyOf("lead.riverside");
        String email = lead + "@example.org";
        ChromeDriver theirs = otherBrowser(lead, Api.PASSWORD);
        AxeAudit axe = new AxeAudit(driver);

        signInPage().signIn("admin.northshire", Api.PASSWORD);
        driver.findElement(By.id("keepUsers")).click();
        UsersPage users = new UsersPage(driver).find("Riverside Primary School", lead, false);
        assertThat(users.emails()).containsExactly(email);
        users = users.rowAction(email, "sendLink");
        assertThat(users.messages()).contains("A link to choose a password will be e-mailed to " + email);
        String key = keyIn(awaitMail(email, "SafeCase: choose a new password"));

        WebElement deactivate = users.row(email).findElement(By.cssSelector("button[id$=':deactivate']"));
        deactivate.sendKeys(Keys.ENTER);
        focusOn("confirmHeading");
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Deactivate Test " + lead + "?");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE username = ? AND active", lead))
                .as("not yet: the page asks first").isEqualTo(1);
        axe.check("users, confirming a deactivation");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement yes = driver.switchTo().activeElement();
        assertThat(yes.getAttribute("id")).isEqualTo("users:confirmDeactivate");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("users:messages")).getText().contains("is deactivated"));
        users = new UsersPage(driver);
        assertThat(users.messages()).contains("Test " + lead + " is deactivated: their sessions and API tokens have ended.");
        assertThat(users.lists(email)).as("deactivated accounts are listed only when asked for").isFalse();
        users = users.find(null, lead, true);
        assertThat(users.rowText(email)).contains("Deactivated");
        assertThat(users.hasRowAction(email, "reactivate")).isTrue();
        assertThat(users.hasRowAction(email, "sendLink")).isFalse();

        theirs.get(base + "casefile/cases.xhtml");
        new SignInPage(theirs);
        assertThat(theirs.getCurrentUrl()).contains("login.xhtml");
        assertThat(theirs.findElement(By.id("main")).getText()).as("their open session ended at its next request")
                .contains("no longer active");
        theirs.get(base + "reset-password.xhtml?key=" + key);
        assertThat(new PasswordLinkPage(theirs).refusal()).as("a deactivated user's link").contains("This link does not work");
        axe.assertNoSeriousOrCriticalViolations();
    }

    /** Issue #13 item 2 kept on the users page: a lost second factor removed, and the LA's setting switched on and off. */
    @Test
    void issue13_item2_item3_anLaAdminRemovesALostSecondFactorAndRequiresOneOnTheUsersPage() {
        String dsl = TestUsers.copyOf("dsl.riverside");
        String email = dsl + "@example.org";
        long id = TestUsers.idOf(dsl);
        TestDatabase.update("INSERT INTO second_factor (user_id, sealed_secret, enrolled_at, last_time_step) "
                + "VALUES (?, 'lost-with-the-phone', NOW(), 0)", id);
        AxeAudit axe = new AxeAudit(driver);
        try {
            signInPage().signIn("admin.northshire", Api.PASSWORD);
            driver.findElement(By.id("keepUsers")).click();
            UsersPage users = new UsersPage(driver).find("Riverside Primary School", dsl, false);
            users = users.rowAction(email, "removeSecondFactor");
            assertThat(users.messages()).contains("second factor is removed");
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM second_factor WHERE user_id = ?", id)).isZero();
            users = new UsersPage(driver).find("Riverside Primary School", dsl, false).rowAction(email, "removeSecondFactor");
            assertThat(users.messages()).as("again, in words").contains("no second factor to remove");

            WebElement required = driver.findElement(By.id("secondFactor:required"));
            assertThat(required.isSelected()).as("the demo's setting").isFalse();
            required.sendKeys(Keys.SPACE);
            driver.findElement(By.id("secondFactor:saveSecondFactor")).sendKeys(Keys.ENTER);
            new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("users:messages")).getText().contains("is now required"));
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM local_authority la JOIN app_user u "
                    + "ON u.local_authority_id = la.id WHERE u.username = 'admin.northshire' AND la.second_factor_required"))
                    .isEqualTo(1);
            assertThat(driver.findElement(By.id("secondFactor:required")).isSelected()).isTrue();
            axe.check("users, second factor required");
            driver.findElement(By.id("secondFactor:required")).click();
            driver.findElement(By.id("secondFactor:saveSecondFactor")).click();
            new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("users:messages")).getText().contains("no longer required"));
            axe.assertNoSeriousOrCriticalViolations();
        } finally {
            TestDatabase.update("UPDATE local_authority SET second_factor_required = FALSE");
        }
    }
}
