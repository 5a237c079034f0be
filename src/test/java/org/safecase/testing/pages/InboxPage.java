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

    /** One click: opens the case's only open task, claiming it if nobody holds it. */
    public TaskPage open(String reference) {
        row(reference).findElement(By.cssSelector("button.open-task")).click();
        return new TaskPage(driver);
    }

    /** As {@link #open(String)}: the inbox has no separate claim any more (issue #10). */
    public TaskPage claimAndWork(String reference) {
        return open(reference);
    }

    public String message() {
        return waitFor(By.cssSelector("#inbox\\:messages")).getText();
    }

    /** One click: opens the case's task with this name, claiming it if nobody holds it. */
    public TaskPage claimAndWork(String reference, String taskName) {
        return open(reference, taskName);
    }

    /** One click: opens the case's task with this name (claimed for the caller if nobody holds it). */
    public TaskPage open(String reference, String taskName) {
        String row = rowXpath(reference) + "[.//*[normalize-space()=\"" + taskName + "\"]]";
        pagesTo(row);
        waitFor(By.xpath(row + "//button[contains(@class,'open-task')]")).click();
        return new TaskPage(driver);
    }

    /** Opens a task already assigned to the caller (e.g. a question for the reporter). */
    public TaskPage work(String reference, String taskName) {
        return open(reference, taskName);
    }

    /** The task names of the page shown, top to bottom. */
    public List<String> taskNames() {
        return driver.findElements(By.cssSelector("#inbox\\:tasks_data .task-name")).stream().map(WebElement::getText).toList();
    }

    /** The case references of the page shown, top to bottom. */
    public List<String> references() {
        return driver.findElements(By.cssSelector("#inbox\\:tasks_data a.case-link")).stream().map(WebElement::getText)
                .toList();
    }

    /** Chooses filters and shows the tasks they leave. */
    public InboxPage filter(boolean urgent, boolean overdue) {
        setBox("inbox:urgent", urgent);
        setBox("inbox:overdue", overdue);
        WebElement firstRow = driver.findElement(By.cssSelector("#inbox\\:tasks_data tr"));
        driver.findElement(By.id("inbox:applyFilter")).click();
        waitUntilReplaced(firstRow);
        return this;
    }

    /** Empties the filter. */
    public InboxPage clearFilter() {
        WebElement firstRow = driver.findElement(By.cssSelector("#inbox\\:tasks_data tr"));
        driver.findElement(By.id("inbox:clearFilter")).click();
        waitUntilReplaced(firstRow);
        return this;
    }

    private void setBox(String id, boolean on) {
        WebElement box = driver.findElement(By.id(id));
        if (box.isSelected() != on) {
            box.click();
        }
    }

    /**
     * Where the case's first row stands in the whole inbox (0 is the top of the first page),
     * paging from the first page; -1 when it is on none.
     */
    public int position(String reference) {
        while (true) {
            List<WebElement> previous = driver.findElements(
                    By.cssSelector("#inbox\\:tasks .ui-paginator-prev:not(.ui-state-disabled)"));
            if (previous.isEmpty()) {
                break;
            }
            WebElement firstRow = driver.findElement(By.cssSelector("#inbox\\:tasks_data tr"));
            driver.findElement(By.cssSelector("#inbox\\:tasks .ui-paginator-first")).click();
            waitUntilReplaced(firstRow);
        }
        int seen = 0;
        while (true) {
            List<String> shown = references();
            int here = shown.indexOf(reference);
            if (here >= 0) {
                return seen + here;
            }
            seen += shown.size();
            List<WebElement> next = driver.findElements(
                    By.cssSelector("#inbox\\:tasks .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                return -1;
            }
            WebElement firstRow = driver.findElement(By.cssSelector("#inbox\\:tasks_data tr"));
            next.get(0).click();
            waitUntilReplaced(firstRow);
        }
    }

    /** Whether every row shown carries the marker (urgent-marker, overdue-marker). */
    public boolean everyRowMarked(String markerClass) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#inbox\\:tasks_data tr[data-ri]"));
        return !rows.isEmpty() && rows.stream().allMatch(row -> !row.findElements(By.cssSelector("." + markerClass)).isEmpty());
    }

    public boolean isChecked(String id) {
        return driver.findElement(By.id(id)).isSelected();
    }

    /** The navigation's counts, as shown. */
    public String counts() {
        return driver.findElement(By.id("navInboxCounts")).getText();
    }

    public String holderOf(String reference) {
        return row(reference).findElement(By.cssSelector(".task-holder")).getText();
    }

    public String dueOf(String reference) {
        return row(reference).findElement(By.xpath(".//td[4]")).getText();
    }

    public CasePage openCase(String reference) {
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
