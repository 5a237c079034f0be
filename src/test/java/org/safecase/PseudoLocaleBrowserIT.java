package org.safecase;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.safecase.testing.Api;
import org.safecase.testing.Browser;
import org.safecase.testing.Deployments;
import org.safecase.testing.PseudoLocale;
import org.safecase.testing.ScreenshotOnFailure;
import org.safecase.testing.Settled;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.pages.InboxPage;
import org.safecase.testing.pages.ReportPage;
import org.safecase.testing.pages.SignInPage;
import org.safecase.testing.pages.TaskPage;

import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11 item 6: the main journeys' pages in the pseudo-locale en-XA (chosen by the browser's
 * Accept-Language; the test WAR alone supports it). Every text a bundle gives is wrapped in
 * ⟦…⟧, so any visible text outside the markers that is not data was written into a page or a
 * Java class instead of a bundle.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class PseudoLocaleBrowserIT implements ScreenshotOnFailure.HasBrowser {
    private static final Pattern REFERENCE = Pattern.compile("SC-\\d{4}-\\d{6,}");
    private static final String DESCRIPTION = "Posts on a parents group mocking me by name";
    private static final String PLATFORM = "Parents chat group";
    private static final String URL_TEXT = "https://social.example/groups/parents/post/42";

    @ArquillianResource
    URL base;
    ChromeDriver driver;
    private final Map<String, List<String>> unwrapped = new LinkedHashMap<>();
    private List<String> data;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withPseudoLocale();
    }

    @BeforeEach
    void openBrowser() throws SQLException {
        TestDatabase.update("DELETE FROM inbox_filter_choice");
        TestDatabase.update("UPDATE app_user SET locale = NULL");
        driver = Browser.start(PseudoLocale.TAG);
        data = knownData();
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
        TestDatabase.update("UPDATE app_user SET locale = NULL");
    }

    @Override
    public WebDriver browser() {
        return driver;
    }

    @Test
    void issue11_item6_everyVisibleTextOfTheMainJourneysComesFromABundle() {
        driver.get(base.toString());
        SignInPage signIn = new SignInPage(driver);
        assertThat(Settled.attribute(driver, By.tagName("html"), "lang", PseudoLocale.TAG)).isEqualTo(PseudoLocale.TAG);
        check("sign-in");
        signIn.signIn("staff.riverside", Api.PASSWORD);
        check("home (staff)");

        driver.get(base + "intake/report.xhtml");
        ReportPage report = new ReportPage(driver);
        check("report: what kind");
        new Select(driver.findElement(By.id("report:category"))).selectByValue("CYBERBULLYING");
        report.next();
        check("report: what and when");
        report.next();
        assertThat(driver.findElements(By.cssSelector(".ui-message-error, .ui-messages-error")))
                .as("a step with field errors").isNotEmpty();
        check("report: what and when, with field errors");
        report.description(DESCRIPTION).occurredAt(LocalDateTime.now().minusDays(1)).next();
        check("report: where");
        report.platform(PLATFORM).locationUrl(URL_TEXT).next();
        check("report: who");
        new Select(driver.findElement(By.id("report:perpetrator"))).selectByValue("PARENT_CARER");
        report.immediateDanger(false).policeWanted(false).next();
        check("report: evidence, then send");
        report.submit();
        Matcher found = REFERENCE.matcher(report.receipt());
        assertThat(found.find()).isTrue();
        String reference = found.group();
        check("report: receipt");
        driver.get(base + "casefile/mine.xhtml");
        check("my reports");
        driver.findElement(By.id("signOutForm:signOut")).click();
        new SignInPage(driver).signIn("lead.riverside", Api.PASSWORD);
        check("home (lead)");
        driver.get(base + "inbox/inbox.xhtml");
        InboxPage inbox = new InboxPage(driver);
        check("inbox");
        TaskPage task = inbox.open(reference);
        check("task page");
        task.completeExpectingProblems();
        assertThat(task.problems()).as("a task page with field errors").isNotBlank();
        check("task page, with field errors");
        driver.get(base + "casefile/case.xhtml?ref=" + reference);
        check("case page");
        driver.get(base + "casefile/cases.xhtml");
        check("cases");
        driver.get(base + "takedown/providers.xhtml");
        check("providers");
        driver.get(base + "calendar/closures.xhtml");
        check("calendar");
        driver.findElement(By.id("signOutForm:signOut")).click();
        new SignInPage(driver).signIn("admin.northshire", Api.PASSWORD);
        check("home (LA admin)");
        driver.get(base + "identity/schools.xhtml");
        check("schools");
        driver.findElement(By.id("school:save")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("school:nameProblem")).isEmpty());
        check("schools, with field problems");
        driver.get(base + "identity/users.xhtml");
        check("users");
        driver.findElement(By.id("user:save")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("user:rolesProblem")).isEmpty());
        check("users, with field problems");
        driver.findElement(By.id("signOutForm:signOut")).click();
        new SignInPage(driver);
        driver.get(base + "reset-password.xhtml?key=" + "x".repeat(43));
        check("a password link that does not work");

        assertThat(unwrapped).as("texts not from a bundle, by page").isEmpty();
    }

    /** The stored choice beats the browser's language; REST answers are worded in the request's language. */
    @Test
    void issue11_item6_aPersonsStoredChoiceOutranksTheBrowserAndRestAnswersInTheRequestsLanguage() {
        driver.quit();
        driver = Browser.start("en-GB");
        driver.get(base.toString());
        new SignInPage(driver).signIn("head.riverside", Api.PASSWORD);
        assertThat(Settled.attribute(driver, By.tagName("html"), "lang", "en-GB")).isEqualTo("en-GB");
        assertThat(driver.findElement(By.id("signOutForm:signOut")).getText()).isEqualTo("Sign out");
        new Select(driver.findElement(By.id("languageForm:language"))).selectByValue(PseudoLocale.TAG);
        driver.findElement(By.id("languageForm:changeLanguage")).click();
        assertThat(Settled.attribute(driver, By.tagName("html"), "lang", PseudoLocale.TAG)).isEqualTo(PseudoLocale.TAG);
        assertThat(TestDatabase.string("SELECT locale FROM app_user WHERE username = 'head.riverside'")).isEqualTo("en-XA");
        String signOut = PseudoLocale.OPEN + "Sign out" + PseudoLocale.CLOSE;
        assertThat(Settled.text(driver, By.id("signOutForm:signOut"), signOut)).isEqualTo(signOut);

        driver.quit();
        driver = Browser.start("en-GB");
        driver.get(base.toString());
        new SignInPage(driver).signIn("head.riverside", Api.PASSWORD);
        assertThat(Settled.attribute(driver, By.tagName("html"), "lang", PseudoLocale.TAG)).as("kept for the next session")
                .isEqualTo(PseudoLocale.TAG);

        Api.Reply english = Api.as(base, "staff.riverside").post("incidents", "{}", "Accept-Language", "en-GB");
        Api.Reply pseudo = Api.as(base, "staff.riverside").post("incidents", "{}", "Accept-Language", PseudoLocale.TAG);
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).contains("The request has invalid fields.").contains("Choose what kind of incident this is.")
                .doesNotContain(PseudoLocale.OPEN);
        assertThat(pseudo.status()).isEqualTo(400);
        assertThat(pseudo.body()).contains(PseudoLocale.OPEN + "The request has invalid fields." + PseudoLocale.CLOSE)
                .contains(PseudoLocale.OPEN + "Choose what kind of incident this is." + PseudoLocale.CLOSE);
    }

    private void check(String page) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) driver.executeScript(PseudoLocale.VISIBLE_TEXTS_SCRIPT);
        assertThat(texts).as(page + ": shown in the pseudo-locale").anyMatch(t -> t.contains(PseudoLocale.OPEN));
        List<String> found = PseudoLocale.unwrapped(texts, data);
        if (!found.isEmpty()) {
            unwrapped.put(page, found);
        }
    }

    /** A named element of a process model: a step, an event, a gateway's question, a flow, the process. */
    private static final Pattern MODEL_NAME = Pattern.compile("<(process|userTask|serviceTask|callActivity|subProcess|"
            + "startEvent|endEvent|boundaryEvent|intermediateCatchEvent|intermediateThrowEvent|\\w*Gateway|sequenceFlow)\\b"
            + "[^>]*?\\sname=\"([^\"]*)\"");

    /**
     * Names of people, schools, authorities and providers, what this test types, and the names in
     * the process models (the case page's diagram lists its steps in the model's own words, which
     * an LA admin edits: issue #14 item 8): data, not words.
     */
    private static List<String> knownData() throws SQLException {
        List<String> known = new ArrayList<>(List.of(DESCRIPTION, PLATFORM, URL_TEXT, "staff.riverside", "lead.riverside"));
        try (var models = java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("bpmn"), "*.bpmn20.xml")) {
            for (java.nio.file.Path model : models) {
                Matcher name = MODEL_NAME.matcher(java.nio.file.Files.readString(model));
                while (name.find()) {
                    String words = name.group(2).replace("&amp;", "&").replace("&quot;", "\"").replace("&apos;", "'")
                            .replace("&lt;", "<").replace("&gt;", ">");
                    known.add(words);
                    known.add(words.replaceAll("\\$\\{[^}]*}", " ").replaceAll("\\s+", " ").strip());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (var connection = TestDatabase.connect(); var statement = connection.createStatement()) {
            for (String sql : List.of("SELECT display_name FROM app_user", "SELECT username FROM app_user",
                    "SELECT name FROM school", "SELECT name FROM local_authority",
                    "SELECT name FROM provider", "SELECT reporting_route FROM provider", "SELECT phone FROM provider",
                    "SELECT email FROM provider", "SELECT web_address FROM provider", "SELECT reason FROM school_closure",
                    "SELECT urn FROM school", "SELECT email FROM app_user")) {
                try (var rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        known.add(rows.getString(1));
                    }
                }
            }
        }
        return known;
    }
}
