package org.safecase;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.AxeAudit;
import org.safecase.testing.BrowserJourney;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.pages.CasePage;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14 item 8, "where is this case": the case page draws its process model (the version the
 * case runs on) with the steps done and open now marked, says the same in words, can be moved
 * and zoomed with the keyboard without keeping the focus, fits a 390 px screen and passes axe;
 * nobody who may not read the case gets it. Item 7 on the case: a child-protection case says
 * which version of the referral decision table decided it.
 *
 * <p>What other tests may rely on: the diagram is {@code .workflow-diagram} ({@code #caseDiagram}
 * on the case page), {@code data-drawn="true"} once drawn, and the drawn element of a model
 * element {@code .djs-element[data-element-id=ID]} has the class {@code step-done} or
 * {@code step-open}; the steps in words are {@code #diagramStepsOpen li} and
 * {@code #diagramStepsDone li}, each with {@code data-element-id}.</p>
 */
class CaseDiagramBrowserIT extends BrowserJourney {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private String report(String category, String description) {
        Api.Reply reply = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"%s","description":"%s","occurredAt":"%s"}
                """.formatted(category, description, LocalDateTime.now().minusHours(1).withNano(0)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("reference");
    }

    private void signInAs(String username) {
        signInPage().signIn(username, Api.PASSWORD);
    }

    /** The case page once its diagram is drawn. */
    private CasePage drawnCasePage(String reference) {
        CasePage page = casePage(reference);
        new WebDriverWait(driver, WAIT).until(d -> "true".equals(diagram().getAttribute("data-drawn"))
                || "true".equals(diagram().getAttribute("data-failed")));
        assertThat(diagram().getAttribute("data-failed")).as("the diagram could not be drawn").isNull();
        return page;
    }

    private WebElement diagram() {
        return driver.findElement(By.cssSelector(".workflow-diagram"));
    }

    /** The markers on the drawn element of a model element. */
    private List<String> marks(String elementId) {
        WebElement drawn = diagram().findElement(By.cssSelector(".djs-element[data-element-id='" + elementId + "']"));
        return Arrays.stream(drawn.getAttribute("class").split("\\s+")).filter(c -> c.startsWith("step-")).toList();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The version of its model the case's main process runs on, from the engine's tables. */
    private static long modelVersion(String reference) {
        return TestDatabase.count("SELECT d.VERSION_ FROM ACT_HI_PROCINST p JOIN ACT_RE_PROCDEF d ON d.ID_ = p.PROC_DEF_ID_ "
                + "WHERE p.BUSINESS_KEY_ = ? AND p.SUPER_PROCESS_INSTANCE_ID_ IS NULL", reference);
    }

    private String viewbox() {
        return String.valueOf(driver.executeScript(
                "return document.querySelector('.workflow-diagram .viewport').getAttribute('transform');"));
    }

    private String focusedInDiagram() {
        return String.valueOf(driver.executeScript("""
                const f = document.activeElement;
                return f && f.closest('.workflow-diagram') ? (f.tagName + ' ' + (f.getAttribute('class') || '')) : 'outside';"""));
    }

    /** The diagram as shown, kept in target/screenshots for a reviewer's eye (and the README). */
    private void keepScreenshot(String name) {
        driver.executeScript("document.getElementById('whereIsThisCase').scrollIntoView();");
        try {
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void item8_aLeadSeesWhereANewStaffCaseIsOnItsDiagramAndTheMarksMoveWhenAStepIsDone() {
        String reference = report("CYBERBULLYING", "A class page mocks a teacher");
        AxeAudit axe = new AxeAudit(driver);
        signInAs("lead.riverside");

        CasePage page = drawnCasePage(reference);

        assertThat(text("diagramModel")).isEqualTo("Process model: Staff online-safety incident, version "
                + modelVersion(reference));
        assertThat(marks("triage")).containsExactly("step-open");
        assertThat(marks("incidentReported")).containsExactly("step-done");
        assertThat(marks("toTriage")).as("the flow taken, drawn though the model has no layout of its own")
                .containsExactly("step-done");
        assertThat(marks("recordSupport")).isEmpty();
        assertThat(text("diagramStepsOpen")).contains("Triage of the report").contains("Lead triages report");
        assertThat(text("diagramStepsDone")).contains("Incident reported");
        assertThat(diagram().findElements(By.cssSelector(".step-badge"))).as("the open step's badge in words")
                .extracting(WebElement::getText).contains("Open now");
        WebElement canvas = diagram().findElement(By.cssSelector(".djs-container > svg"));
        assertThat(canvas.getAttribute("tabindex")).isEqualTo("0");
        assertThat(canvas.getAttribute("aria-label")).startsWith("Diagram of Staff online-safety incident");
        assertThat(marks("triageByLead")).as("inside the triage sub-process, the lead's step").containsExactly("step-open");
        assertThat(driver.findElements(By.cssSelector(".bjs-powered-by"))).as("the bpmn.io watermark stays")
                .singleElement().satisfies(link -> assertThat(link.getAttribute("title")).isEqualTo("Powered by bpmn.io"));
        axe.check("case page with its diagram");
        keepScreenshot("case-diagram-new-staff-case");

        // The keyboard: Tab reaches the canvas, the arrow keys and + move and zoom it, Tab leaves it again.
        driver.findElement(By.cssSelector("[data-diagram-action=whole]")).click();
        for (int presses = 0; presses < 4 && !focusedInDiagram().startsWith("svg"); presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(focusedInDiagram()).as("after the buttons, the canvas").startsWith("svg");
        String before = viewbox();
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).sendKeys("+").perform();
        assertThat(viewbox()).as("moved and zoomed with the keyboard").isNotEqualTo(before);
        for (int presses = 0; presses < 6 && !"outside".equals(focusedInDiagram()); presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(focusedInDiagram()).as("Tab leaves the diagram").isEqualTo("outside");

        Api.Reply triaged = Api.as(base, "lead.riverside").completeTask(reference, "triageByLead", Answers.SIMPLE_TRIAGE);
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(200);
        page = drawnCasePage(reference);

        assertThat(marks("triage")).containsExactly("step-done");
        assertThat(marks("recordSupport")).containsExactly("step-open");
        assertThat(text("diagramStepsDone")).contains("Lead triages report");
        assertThat(text("diagramStepsOpen")).contains("Lead records the support offered to the staff member")
                .doesNotContain("Lead triages report");
        axe.check("case page with its diagram after triage");

        driver.manage().window().setSize(new Dimension(390, 844));
        page = drawnCasePage(reference);
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390L);
        assertThat(marks("recordSupport")).containsExactly("step-open");
        axe.check("case page with its diagram at 390 px");
        keepScreenshot("case-diagram-390px");
        assertThat(page.status()).isNotEmpty();
        axe.assertNoSeriousOrCriticalViolations();
    }

    @Test
    void item8_someoneWhoMayNotReadTheCaseGetsNoDiagram() {
        String staffCase = report("CYBERBULLYING", "A page mocks a teacher at Riverside");
        String childProtection = report("NUDE_IMAGES", "A pupil says a picture is going round");

        signInAs("lead.hillview");
        casePage(staffCase);
        assertThat(driver.findElements(By.id("notFound"))).as("another school's case").hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".workflow-diagram"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("staffIncident").doesNotContain("Where this case is");
        casePage(staffCase).signOut();

        signInAs("lead.riverside");
        casePage(childProtection);
        assertThat(driver.findElements(By.id("notFound"))).as("child protection is the DSL's").hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".workflow-diagram"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("childProtectionIncident");
        casePage(childProtection).signOut();

        signInAs("staff.riverside");
        casePage(childProtection);
        assertThat(driver.findElements(By.cssSelector(".workflow-diagram"))).as("its reporter learns only that it was received")
                .isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("childProtectionIncident");
    }

    @Test
    void item7_item8_theDslSeesWhichVersionOfTheReferralTableDecidedAndTheReferralOpenOnTheDiagram() {
        String reference = report("NUDE_IMAGES", "A year 8 pupil (13) says her image is being shared");
        Api.Reply reviewed = Api.as(base, "dsl.riverside").completeTask(reference, "initialReviewByDsl",
                Answers.childProtectionReview(1, 13, "One class group chat"));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        long tableVersion = TestDatabase.count("SELECT referral_table_version FROM incident WHERE reference = ?", reference);
        long newestTable = TestDatabase.count("SELECT MAX(VERSION_) FROM ACT_DMN_DECISION WHERE KEY_ = 'referralDecision'");
        assertThat(tableVersion).as("the case keeps the version that decided it").isEqualTo(newestTable).isPositive();
        AxeAudit axe = new AxeAudit(driver);
        signInAs("dsl.riverside");

        CasePage page = drawnCasePage(reference);

        assertThat(page.referralDecision()).contains("requires referral")
                .contains("Decided by version " + tableVersion + " of the referral decision table.");
        assertThat(text("diagramModel")).isEqualTo("Process model: Child-protection incident (nude images), version "
                + modelVersion(reference));
        assertThat(marks("referToAgencies")).as("the call activity whose process runs").containsExactly("step-open");
        assertThat(marks("decideReferral")).containsExactly("step-done");
        assertThat(text("diagramStepsOpen")).contains("Referral to police and children's social care, where now:")
                .contains("DSL records the police referral").contains("DSL records the children's social care referral");
        axe.check("child-protection case page with its diagram");
        keepScreenshot("case-diagram-child-protection");
        axe.assertNoSeriousOrCriticalViolations();
    }
}
