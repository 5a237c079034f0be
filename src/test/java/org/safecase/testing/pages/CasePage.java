package org.safecase.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code casefile/case.xhtml}. */
public class CasePage extends Page {
    public CasePage(WebDriver driver) {
        super(driver);
        waitFor(By.tagName("h1"));
    }

    public String status() {
        return waitFor(By.id("caseStatus")).getText();
    }

    public String description() {
        return waitFor(By.id("caseDescription")).getText();
    }

    public String message() {
        return waitFor(By.id("messages")).getText();
    }

    public String adviceLines() {
        return waitFor(By.id("adviceLines")).getText();
    }

    public String timeline() {
        return waitFor(By.id("timeline")).getText();
    }

    /** The case record (issue #8): every record's title, who, when and its values, as shown. */
    public String record() {
        return waitFor(By.id("caseRecord")).getText();
    }

    public String openSteps() {
        return driver.findElement(By.id("openSteps")).getText();
    }

    /** Adds a file through the case page's upload form; returns the page shown afterwards. */
    public CasePage addFile(java.nio.file.Path file) {
        waitFor(By.id("evidenceForm:file")).sendKeys(file.toAbsolutePath().toString());
        org.openqa.selenium.WebElement button = driver.findElement(By.id("evidenceForm:addFile"));
        button.click();
        waitUntilReplaced(button);
        return new CasePage(driver);
    }

    public String evidence() {
        return waitFor(By.id("evidence")).getText();
    }

    public String fileProblem() {
        return waitFor(By.id("evidenceForm:fileProblem")).getText();
    }

    /** R-SX-4: what the decision table said on a child-protection case, and its version. */
    public String referralDecision() {
        return waitFor(By.id("referralDecision")).getText();
    }

    /**
     * Tries to close a child-protection case, confirming when asked (issue #11 item 3): the closing
     * step when it may close, else this page with why not.
     */
    public Page closeChildProtectionCase() {
        clickAndWait(By.id("dslActions:closeCase"));
        if (!driver.findElements(By.id("dslActions:confirmCloseYes")).isEmpty()) {
            clickAndWait(By.id("dslActions:confirmCloseYes"));
        }
        return driver.findElements(By.id("task:claim")).isEmpty() && driver.findElements(By.id("task:complete")).isEmpty()
                ? new CasePage(driver) : new TaskPage(driver);
    }

    /** The first click of "Hand to the DSL as child protection": the confirmation it shows. */
    public CasePage askToHandToDsl() {
        clickAndWait(By.id("recategorise:toChildProtection"));
        return new CasePage(driver);
    }

    /** The confirmation's words, or empty when none is shown. */
    public String confirmation() {
        return driver.findElements(By.id("recategorise:confirm")).isEmpty() ? ""
                : driver.findElement(By.id("recategorise:confirm")).getText();
    }

    /** The id of the element that has the keyboard focus. */
    public String focused() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.activeElement ? document.activeElement.id : '';"));
    }

    public CasePage cancelHandToDsl() {
        clickAndWait(By.id("recategorise:confirmCancel"));
        return new CasePage(driver);
    }

    /** "Yes, hand it to the DSL": the inbox follows. */
    public InboxPage confirmHandToDsl() {
        clickAndWait(By.id("recategorise:confirmYes"));
        return new InboxPage(driver);
    }

    /** Ids of the action buttons and upload fields the page offers (none on a closed case). */
    /** What would change the case: buttons (not the diagram's zoom controls), uploads, links to open steps. */
    public java.util.List<String> actions() {
        return driver.findElements(By.cssSelector("main button:not([data-diagram-action]), main input[type='file'], "
                        + "main input[type='submit'], #openSteps a"))
                .stream().map(e -> e.getAttribute("id")).toList();
    }

    private void clickAndWait(By locator) {
        org.openqa.selenium.WebElement button = waitFor(locator);
        button.click();
        waitUntilReplaced(button);
    }
}
