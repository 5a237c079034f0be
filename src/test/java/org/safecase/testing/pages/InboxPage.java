package org.safecase.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** {@code inbox/inbox.xhtml}. */
public class InboxPage extends Page {
    public InboxPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("inbox:tasks"));
    }

    /**
     * Pages through the inbox (soonest due first, paged in the database) until the case's row is
     * shown; false when it is on no page. Other tests' tasks may well fill the first page.
     */
    public boolean shows(String reference) {
        return pagesTo(rowXpath(reference));
    }

    /** Pages on until a row matching {@code rowXpath} is shown; false when it is on no later page. */
    private boolean pagesTo(String rowXpath) {
        while (true) {
            if (!driver.findElements(By.xpath(rowXpath)).isEmpty()) {
                return true;
            }
            List<WebElement> next = driver.findElements(
                    By.cssSelector("#inbox\\:tasks .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                return false;
            }
            WebElement firstRow = driver.findElement(By.cssSelector("#inbox\\:tasks_data tr"));
            next.get(0).click();
            waitUntilReplaced(firstRow);
        }
    }


    public String taskNameFor(String reference) {
        return row(reference).findElement(By.cssSelector(".task-name")).getText();
    }

    public InboxPage claim(String reference) {
        WebElement claim = row(reference).findElement(By.cssSelector("button.claim"));
        claim.click();
        waitUntilReplaced(claim);
        waitFor(By.xpath(rowXpath(reference) + "//a[contains(@class,'work')]"));
        return this;
    }

    /** Opens the claimed task of this case. */
    public TaskPage work(String reference) {
        row(reference).findElement(By.cssSelector("a.work")).click();
        return new TaskPage(driver);
    }

    /** Claims the case's only open task and opens it. */
    public TaskPage claimAndWork(String reference) {
        return claim(reference).work(reference);
    }

    public String message() {
        return waitFor(By.cssSelector("#inbox\\:messages")).getText();
    }

    /** Claims the case's task with this name and opens it. */
    public TaskPage claimAndWork(String reference, String taskName) {
        String row = rowXpath(reference) + "[.//*[normalize-space()=\"" + taskName + "\"]]";
        pagesTo(row);
        WebElement claim = waitFor(By.xpath(row + "//button[contains(@class,'claim')]"));
        claim.click();
        clickAfterAjax(claim, By.xpath(row + "//a[contains(@class,'work')]"));
        return new TaskPage(driver);
    }

    /** Opens a task already assigned to the caller (e.g. a question for the reporter). */
    public TaskPage work(String reference, String taskName) {
        String row = rowXpath(reference) + "[.//*[normalize-space()=\"" + taskName + "\"]]";
        pagesTo(row);
        waitFor(By.xpath(row + "//a[contains(@class,'work')]")).click();
        return new TaskPage(driver);
    }

    public CasePage open(String reference) {
        row(reference).findElement(By.cssSelector("a.case-link")).click();
        return new CasePage(driver);
    }

    private WebElement row(String reference) {
        shows(reference);
        return waitFor(By.xpath(rowXpath(reference)));
    }

    private static String rowXpath(String reference) {
        return "//tbody[@id='inbox:tasks_data']/tr[.//a[normalize-space()='" + reference + "']]";
    }
}
