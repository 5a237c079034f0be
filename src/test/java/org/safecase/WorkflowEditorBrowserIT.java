package org.safecase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safecase.testing.Api;
import org.safecase.testing.AxeAudit;
import org.safecase.testing.Browser;
import org.safecase.testing.OwnServer;
import org.safecase.testing.ScreenshotOnFailure;
import org.safecase.testing.pages.SignInPage;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14 item 3 in a browser, the browser test: the LA admin opens the process editor
 * from the model library, renames a step by selecting it on the diagram and typing in the
 * properties panel, saves a draft, sees the change listed against the deployed version and
 * deploys it with a change note (refused first without one, losing nothing); the new version is
 * listed, and a case reported afterwards shows the new name on its diagram with its open step
 * highlighted. The SafeCase properties are worded and write the school-calendar deadline; the
 * decision table editor opens and a cell edit is saved as a draft. Non-admins are refused in
 * words. Every admin page passes axe (WCAG 2.2 AA), and no page logs a Content-Security-Policy
 * violation. On a server and database of their own, so the shared server keeps the shipped models.
 */
@ExtendWith(ScreenshotOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowEditorBrowserIT implements ScreenshotOnFailure.HasBrowser {
    private static final String DB = System.getProperty("safecase.test.editor.db.name", "safecase_editor_test");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ADMIN = "admin.northshire";
    private static OwnServer server;
    private static URL base;

    private ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        server = OwnServer.start("editor", DB, Map.of("SAFECASE_DEMO_DATA", "true"));
        base = server.base();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        try {
            assertThat(Browser.cspViolations(driver)).as("Content-Security-Policy violations in the console").isEmpty();
        } finally {
            driver.quit();
        }
    }

    @Override
    public WebDriver browser() {
        return driver;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Signs in afresh (whoever was signed in before in this browser is forgotten). */
    private void signIn(String username) {
        driver.get(base.toString());
        driver.manage().deleteAllCookies();
        driver.get(base.toString());
        new SignInPage(driver).signIn(username, Api.PASSWORD);
    }

    /** Waits for the editor's script to have opened the model, and returns the editor's element. */
    private WebElement editorReady(String id) {
        return waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement editor = d.findElement(By.id(id));
            if ("true".equals(editor.getAttribute("data-failed"))) {
                throw new AssertionError("the editor could not open the model");
            }
            return "true".equals(editor.getAttribute("data-ready")) ? editor : null;
        });
    }

    private WebElement shape(String elementId) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".process-editor-canvas [data-element-id=\"" + elementId + "\"]")));
    }

    private String xmlPosted() {
        return driver.findElement(By.id("editor:xml")).getAttribute("value");
    }

    private void press(String buttonId) {
        WebElement button = driver.findElement(By.id("editor:" + buttonId));
        button.click();
        Browser.waitUntilReplaced(driver, button, WAIT);
    }

    private String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    private List<String> changes() {
        return driver.findElements(By.cssSelector(".model-change")).stream().map(WebElement::getText).toList();
    }

    private void openEditorOf(String key) {
        driver.get(base + "workflow/editor.xhtml?model=" + key);
    }

    @Test
    @Order(1)
    void item3_theSafeCasePropertiesOfAStepAreInWordsAndADeadlineIsWrittenOnTheSchoolCalendar() {
        AxeAudit axe = new AxeAudit(driver);
        signIn(ADMIN);
        openEditorOf("staffIncident");
        editorReady("processEditor");
        assertThat(driver.findElement(By.cssSelector(".process-editor .bjs-powered-by")).isDisplayed())
                .as("the bpmn.io watermark is shown").isTrue();
        axe.check("process editor, nothing selected");

        // The keyboard's way in: the step chooser selects the step and hands the focus to its properties.
        new Select(driver.findElement(By.id("stepChooser"))).selectByVisibleText("Lead records the outcome of the case");
        WebElement reviewers = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.id("bio-properties-panel-safecase-group-reviewGroup")));
        assertThat(reviewers.isSelected()).as("recordOutcome is offered to ${reviewGroup}").isTrue();
        assertThat(driver.findElement(By.id("bio-properties-panel-safecase-group-headTeacherGroup")).isSelected()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".process-editor-properties")).getText())
                .contains("SafeCase").contains("Offered to the case's reviewers").contains("Form fields").contains("Outcome");
        axe.check("process editor, a step's SafeCase properties");
        keepScreenshot("workflow-editor.png");

        // Typed, as with the keyboard: the panel's select listens to input events, which a scripted selection does not send.
        driver.findElement(By.id("bio-properties-panel-safecase-deadline")).sendKeys("Working d");
        WebElement days = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("bio-properties-panel-safecase-deadline-amount")));
        days.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        waiting().until(d -> xmlPosted().contains("flowable:dueDate=\"school:${schoolId} P3D\""));
        assertThat(xmlPosted()).contains("flowable:businessCalendarName=\"schoolWorkingTime\"");

        press("compare");
        editorReady("processEditor");
        assertThat(changes()).hasSize(1);
        assertThat(changes().get(0)).contains("Step \"Lead records the outcome of the case\" is changed.")
                .contains("Deadline: \"(nothing)\" becomes \"school:${schoolId} P3D\"")
                .contains("Calendar of the deadline: \"(nothing)\" becomes \"schoolWorkingTime\"");
        axe.check("process editor, changes listed");

        press("check");
        editorReady("processEditor");
        assertThat(messages()).contains("No problems found");
        axe.assertNoSeriousOrCriticalViolations();
    }

    @Test
    @Order(2)
    void item3_anLaAdminRenamesAStepDeploysItWithANoteAndANewCaseShowsTheNewNameOnItsDiagram() {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String renamed = "Lead triages the report " + mark;
        AxeAudit axe = new AxeAudit(driver);
        signIn(ADMIN);
        driver.findElement(By.id("navWorkflows")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("models:list")));
        axe.check("model library");
        driver.findElements(By.cssSelector("#models\\:list a.model-name")).stream()
                .filter(link -> link.getText().equals("Staff online-safety incident")).findFirst()
                .orElseThrow(() -> new AssertionError("staffIncident is not listed")).click();
        int deployedBefore = newestVersion();
        axe.check("model page");
        driver.findElement(By.id("model:edit")).click();
        editorReady("processEditor");
        assertThat(driver.findElement(By.id("versionNote")).getText()).contains("New cases use version " + deployedBefore + ".");

        shape("triageByLead").click();
        WebElement name = waiting().until(ExpectedConditions.elementToBeClickable(By.id("bio-properties-panel-name")));
        assertThat(name.getAttribute("value")).isEqualTo("Lead triages report");
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), renamed);
        waiting().until(d -> shape("triageByLead").getText().contains(mark));
        waiting().until(d -> xmlPosted().contains("name=\"" + renamed + "\""));

        press("saveDraft");
        editorReady("processEditor");
        assertThat(messages()).contains("The draft is saved");
        assertThat(driver.findElement(By.id("versionNote")).getText()).contains("This is the draft");

        press("compare");
        editorReady("processEditor");
        assertThat(changes()).as("only the renamed step").hasSize(1);
        assertThat(changes().get(0)).contains("Step \"" + renamed + "\" is changed.")
                .contains("Name: \"Lead triages report\" becomes \"" + renamed + "\"");

        // Without a change note nothing is deployed and nothing is lost.
        press("deploy");
        WebElement noteProblem = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("editor:changeNoteProblem")));
        assertThat(noteProblem.getText()).isNotBlank();
        assertThat(driver.findElement(By.id("editor:changeNote")).getAttribute("aria-invalid")).isEqualTo("true");
        editorReady("processEditor");
        assertThat(shape("triageByLead").getText()).contains(mark);
        axe.check("process editor, deploy refused for a missing note");

        String note = "Triage step renamed in plain words " + mark;
        driver.findElement(By.id("editor:changeNote")).sendKeys(note);
        press("deploy");
        waiting().until(ExpectedConditions.urlContains("workflow/model.xhtml?key=staffIncident"));
        assertThat(driver.findElement(By.id("model:messages")).getText()).contains("Version " + (deployedBefore + 1) + " is deployed");
        assertThat(newestVersion()).isEqualTo(deployedBefore + 1);
        assertThat(driver.findElement(By.id("model:versions")).getText()).contains(note);

        String reference = report();
        ChromeDriver lead = Browser.start();
        try {
            lead.get(base.toString());
            new SignInPage(lead).signIn("lead.riverside", Api.PASSWORD);
            lead.get(base + "casefile/case.xhtml?ref=" + reference);
            WebElement diagram = new WebDriverWait(lead, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".workflow-diagram[data-drawn=\"true\"]")));
            WebElement open = diagram.findElement(By.cssSelector("[data-element-id=\"triageByLead\"]"));
            assertThat(open.getAttribute("class")).as("the open step is highlighted").contains("step-open");
            assertThat(open.getText()).as("the new name on the diagram").contains(mark).doesNotContain("Lead triages report");
            assertThat(Browser.cspViolations(lead)).as("CSP violations on the case page").isEmpty();
        } finally {
            lead.quit();
        }
        axe.assertNoSeriousOrCriticalViolations();
    }

    @Test
    @Order(3)
    void item3_aModelThatFailsItsChecksIsRefusedWithEachProblemNamingItsStepAndTheEditStaysOnThePage() {
        AxeAudit axe = new AxeAudit(driver);
        signIn(ADMIN);
        openEditorOf("staffIncident");
        editorReady("processEditor");
        java.util.regex.Matcher inUse = java.util.regex.Pattern.compile("New cases use version (\\d+)\\.")
                .matcher(driver.findElement(By.id("versionNote")).getText());
        assertThat(inUse.find()).isTrue();
        int deployed = Integer.parseInt(inUse.group(1));

        // The step becomes a call activity that calls no model, which the engine refuses.
        new Select(driver.findElement(By.id("stepChooser"))).selectByVisibleText("Staff member reports the calls to their phone network");
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".djs-context-pad [data-action=\"replace\"]"))).click();
        WebElement search = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-popup-search input")));
        search.sendKeys("Call activity");
        search.sendKeys(Keys.ENTER);
        waiting().until(d -> xmlPosted().contains("<callActivity id=\"reportToPhoneNetwork\""));

        driver.findElement(By.id("editor:changeNote")).sendKeys("A step that calls nothing");
        press("deploy");
        editorReady("processEditor");
        assertThat(messages()).contains("The model was not deployed").contains("Your changes are still here");
        List<String> problems = driver.findElements(By.cssSelector(".model-problem .problem-text")).stream().map(WebElement::getText).toList();
        assertThat(problems).as("each problem names its step").isNotEmpty()
                .anyMatch(problem -> problem.contains("\"Staff member reports the calls to their phone network\" (reportToPhoneNetwork)"));
        assertThat(xmlPosted()).as("the edited model is still on the page").contains("<callActivity id=\"reportToPhoneNetwork\"");
        assertThat(driver.findElement(By.id("editor:changeNote")).getAttribute("value")).isEqualTo("A step that calls nothing");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the focus is on the problems").isEqualTo("problemsHeading");
        axe.check("process editor, deploy refused with problems");

        driver.findElements(By.cssSelector(".model-problem[data-element-id=\"reportToPhoneNetwork\"] .show-element")).get(0).click();
        waiting().until(d -> d.findElement(By.cssSelector(".process-editor-properties")).getText()
                .contains("Staff member reports the calls to their phone network"));
        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("process-editor-properties");

        driver.get(base + "workflow/model.xhtml?key=staffIncident");
        assertThat(newestVersion()).as("nothing was deployed").isEqualTo(deployed);
        axe.assertNoSeriousOrCriticalViolations();
    }

    @Test
    @Order(4)
    void item3_theDecisionTableEditorOpensAndACellEditIsSavedAsADraft() {
        AxeAudit axe = new AxeAudit(driver);
        signIn(ADMIN);
        openEditorOf("referralDecision");
        editorReady("decisionEditor");
        assertThat(driver.findElement(By.cssSelector(".decision-editor-canvas")).getText()).contains("Age of the youngest child involved");
        assertThat(driver.findElements(By.cssSelector(".decision-editor .powered-by, .decision-editor .bjs-powered-by, .decision-editor .dmn-js-powered-by")))
                .as("the bpmn.io watermark is shown").isNotEmpty();
        axe.check("decision table editor");

        WebElement cell = driver.findElement(By.cssSelector("td[data-element-id=\"r5i5\"]"));
        assertThat(cell.getText()).contains("<= 13");
        cell.click();
        WebElement editable = cell.findElement(By.cssSelector("[contenteditable]"));
        editable.sendKeys(Keys.chord(Keys.CONTROL, "a"), "<= 14");
        waiting().until(d -> xmlPosted().contains("&lt;= 14"));

        press("saveDraft");
        editorReady("decisionEditor");
        assertThat(messages()).contains("The draft is saved");
        press("compare");
        editorReady("decisionEditor");
        assertThat(changes()).hasSize(1);
        assertThat(changes().get(0)).contains("Rule \"rule 5\" is changed.")
                .contains("Condition on \"Age of the youngest child involved\": \"<= 13\" becomes \"<= 14\"");
        axe.check("decision table editor, changes listed");
        press("check");
        editorReady("decisionEditor");
        assertThat(messages()).as("the table as dmn-js writes it passes the engine's checks").contains("No problems found");

        openEditorOf("referralDecision");
        editorReady("decisionEditor");
        assertThat(driver.findElement(By.id("versionNote")).getText()).contains("This is the draft");
        assertThat(driver.findElement(By.cssSelector("td[data-element-id=\"r5i5\"]")).getText()).contains("<= 14");
        press("discardDraft");
        editorReady("decisionEditor");
        assertThat(driver.findElement(By.cssSelector("td[data-element-id=\"r5i5\"]")).getText()).contains("<= 13");
        axe.assertNoSeriousOrCriticalViolations();
    }

    @Test
    @Order(5)
    void item3_theEditorWorksAt390PixelsWide() {
        AxeAudit axe = new AxeAudit(driver);
        driver.manage().window().setSize(new Dimension(390, 844));
        signIn(ADMIN);
        openEditorOf("staffIncident");
        editorReady("processEditor");
        axe.check("process editor, 390 px");
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390L);
        axe.assertNoSeriousOrCriticalViolations();
    }

    @Test
    @Order(6)
    void item3_nonAdminsCannotReachTheWorkflowPagesAndAreToldSoInWords() {
        for (String user : List.of("lead.riverside", "staff.riverside")) {
            signIn(user);
            assertThat(driver.findElements(By.id("navWorkflows"))).as(user + " is not offered the workflows").isEmpty();
            for (String page : List.of("workflow/editor.xhtml?model=staffIncident", "workflow/models.xhtml",
                    "workflow/editor.xhtml?model=referralDecision")) {
                driver.get(base + page);
                WebElement refusal = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("refusal")));
                assertThat(refusal.getText()).as(user + " on " + page)
                        .isEqualTo("Only an LA administrator can look after the workflows.");
                assertThat(driver.findElements(By.cssSelector(".process-editor, .decision-editor, #editor\\:xml"))).isEmpty();
            }
        }
        signIn(ADMIN);
        openEditorOf("noSuchModel");
        assertThat(waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("refusal"))).getText())
                .isEqualTo("There is no such workflow model.");
        openEditorOf("%3Cscript%3E");
        assertThat(waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("refusal"))).getText())
                .isEqualTo("There is no such workflow model.");
    }

    /** A picture of the editor for the README (target/, copied to docs/ by hand when the page changes). */
    private void keepScreenshot(String name) {
        driver.executeScript("document.getElementById('processEditor').scrollIntoView()");
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", name),
                    driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The newest version on the model page shown now. */
    private int newestVersion() {
        return driver.findElements(By.cssSelector("#model\\:versions .version-number")).stream()
                .mapToInt(cell -> Integer.parseInt(cell.getText().trim())).max()
                .orElseThrow(() -> new AssertionError("no versions listed"));
    }

    private String report() {
        Api.Reply reply = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"CYBERBULLYING","description":"A page mocks a teacher","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("reference");
    }
}
