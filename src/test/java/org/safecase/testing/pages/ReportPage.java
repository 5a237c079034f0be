package org.safecase.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;


import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** {@code intake/report.xhtml}: the report form and its acknowledgement. */
public class ReportPage extends Page {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public ReportPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("report:wizard"));
    }

    /** The wizard's Next: the following step, or the same step showing what to fix. */
    public ReportPage next() {
        WebElement step = driver.findElement(By.cssSelector("#report\\:wizard_content > div"));
        driver.findElement(By.cssSelector("#report\\:wizard .ui-wizard-nav-next")).click();
        waitUntilReplaced(step);
        return this;
    }

    /** The wizard's Back. */
    public ReportPage back() {
        WebElement step = driver.findElement(By.cssSelector("#report\\:wizard_content > div"));
        driver.findElement(By.cssSelector("#report\\:wizard .ui-wizard-nav-back")).click();
        waitUntilReplaced(step);
        return this;
    }

    public String description() {
        return waitFor(By.id("report:description")).getAttribute("value");
    }

    public String category() {
        return new Select(waitFor(By.id("report:category"))).getFirstSelectedOption().getText();
    }

    public String guidance() {
        return driver.findElement(By.cssSelector("section.guidance")).getText();
    }

    public ReportPage category(String label) {
        new Select(waitFor(By.id("report:category"))).selectByVisibleText(label);
        return this;
    }

    public ReportPage description(String text) {
        type(By.id("report:description"), text);
        return this;
    }

    /** Sets a long text at once, as a paste would: typing 100 kB key by key takes minutes. */
    public ReportPage pasteDescription(String text) {
        WebElement area = waitFor(By.id("report:description"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", area, text);
        return this;
    }

    /** Types the day, month, year and time into their four fields, replacing what is there (a restored draft, say). */
    public ReportPage occurredAt(LocalDateTime when) {
        type(By.id("report:occurredDay"), String.valueOf(when.getDayOfMonth()));
        type(By.id("report:occurredMonth"), String.valueOf(when.getMonthValue()));
        type(By.id("report:occurredYear"), String.valueOf(when.getYear()));
        type(By.id("report:occurredTime"), TIME.format(when));
        return this;
    }

    /** The four date and time fields as shown: day/month/year time. */
    public String occurredAtShown() {
        return waitFor(By.id("report:occurredDay")).getAttribute("value") + "/"
                + driver.findElement(By.id("report:occurredMonth")).getAttribute("value") + "/"
                + driver.findElement(By.id("report:occurredYear")).getAttribute("value") + " "
                + driver.findElement(By.id("report:occurredTime")).getAttribute("value");
    }

    /** Adds a file while reporting (the evidence step); returns this page as shown afterwards. */
    public ReportPage addEvidenceFile(java.nio.file.Path file) {
        waitFor(By.id("report:evidenceFile")).sendKeys(file.toAbsolutePath().toString());
        WebElement button = driver.findElement(By.id("report:addEvidenceFile"));
        button.click();
        waitUntilReplaced(button);
        waitFor(By.id("report:wizard"));
        return this;
    }

    public ReportPage addEvidenceWebAddress(String url) {
        type(By.id("report:evidenceWebAddress"), url);
        WebElement button = driver.findElement(By.id("report:addEvidenceWebAddress"));
        button.click();
        waitUntilReplaced(button);
        waitFor(By.id("report:wizard"));
        return this;
    }

    /** Removes the piece listed with this text, with its own Remove button. */
    public ReportPage removeEvidence(String listed) {
        WebElement button = driver.findElements(By.cssSelector("#stagedEvidence li")).stream()
                .filter(li -> li.getText().contains(listed)).findFirst().orElseThrow()
                .findElement(By.tagName("button"));
        button.click();
        waitUntilReplaced(button);
        waitFor(By.id("report:wizard"));
        return this;
    }

    /** What has been added while reporting, as listed. */
    public String stagedEvidence() {
        return driver.findElement(By.id("stagedEvidence")).getText();
    }

    public String evidenceFileProblem() {
        return waitFor(By.id("report:evidenceFileProblem")).getText();
    }

    /** Whether the evidence step offers an upload at all. */
    public boolean offersUpload() {
        return !driver.findElements(By.cssSelector("input[type='file']")).isEmpty();
    }

    /** The receipt's link to the reporter's case (staff cases only). */
    public CasePage openCaseFromReceipt() {
        WebElement link = waitFor(By.id("caseLink"));
        link.click();
        waitUntilReplaced(link);
        return new CasePage(driver);
    }

    public ReportPage platform(String text) {
        type(By.id("report:platform"), text);
        return this;
    }

    public ReportPage locationUrl(String text) {
        type(By.id("report:locationUrl"), text);
        return this;
    }

    public ReportPage perpetrator(String label) {
        new Select(waitFor(By.id("report:perpetrator"))).selectByVisibleText(label);
        return this;
    }

    public ReportPage policeWanted(boolean wanted) {
        waitFor(By.cssSelector("input[name='report:policeWanted'][value='" + wanted + "']")).click();
        return this;
    }

    public ReportPage immediateDanger(boolean danger) {
        waitFor(By.cssSelector("input[name='report:immediateDanger'][value='" + danger + "']")).click();
        return this;
    }

    public void submit() {
        waitFor(By.id("report:submit")).click();
    }

    /**
     * Sends the report twice at once, as a double click does when nothing stops it: the page's
     * own guard against a second click is taken off first, so only the server's form token is left.
     */
    public void submitTwice() {
        org.openqa.selenium.WebElement send = waitFor(By.id("report:submit"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].classList.remove('send-once');", send);
        new org.openqa.selenium.interactions.Actions(driver).doubleClick(send).perform();
    }

    /** Whether the Send button stops a second click itself (it is marked disabled once clicked). */
    public boolean sendGuardsAgainstASecondClick() {
        String classes = waitFor(By.id("report:submit")).getAttribute("class");
        return classes != null && java.util.Arrays.asList(classes.split("\\s+")).contains("send-once");
    }

    public String receipt() {
        return waitFor(By.id("receiptReference")).getText();
    }
}
