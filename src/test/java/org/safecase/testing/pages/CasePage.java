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

    /** Tries to close a child-protection case: the closing step when it may close, else this page with why not. */
    public Page closeChildProtectionCase() {
        org.openqa.selenium.WebElement button = waitFor(By.id("dslActions:closeCase"));
        button.click();
        waitUntilReplaced(button);
        return driver.findElements(By.id("task:claim")).isEmpty() && driver.findElements(By.id("task:complete")).isEmpty()
                ? new CasePage(driver) : new TaskPage(driver);
    }
}
