package org.safecase.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;


import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** {@code intake/report.xhtml}: the report form and its acknowledgement. */
public class ReportPage extends Page {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

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

    public ReportPage occurredAt(LocalDateTime when) {
        WebElement input = waitFor(By.id("report:occurredAt_input"));
        // Replace whatever is there (a restored draft, say) as a person would: select all, type over it.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), SHOWN.format(when));
        input.sendKeys(Keys.ESCAPE);
        return this;
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
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].removeAttribute('onclick');", send);
        new org.openqa.selenium.interactions.Actions(driver).doubleClick(send).perform();
    }

    /** Whether the Send button stops a second click itself (it is marked disabled once clicked). */
    public boolean sendGuardsAgainstASecondClick() {
        String onclick = waitFor(By.id("report:submit")).getAttribute("onclick");
        return onclick != null && onclick.contains("dataset.sending");
    }

    public String receipt() {
        return waitFor(By.id("receiptReference")).getText();
    }
}
