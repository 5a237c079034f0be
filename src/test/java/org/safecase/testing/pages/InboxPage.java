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

    public List<String> caseReferences() {
        return driver.findElements(By.cssSelector("#inbox\\:tasks a.case-link")).stream().map(WebElement::getText).toList();
    }

    public String taskNameFor(String reference) {
        return row(reference).findElement(By.cssSelector(".task-name")).getText();
    }

    public InboxPage claim(String reference) {
        row(reference).findElement(By.cssSelector("button.claim")).click();
        waitFor(By.xpath(rowXpath(reference) + "//button[contains(@class,'complete')]"));
        return this;
    }

    public InboxPage complete(String reference) {
        row(reference).findElement(By.cssSelector("button.complete")).click();
        waitUntilGone(By.xpath(rowXpath(reference)));
        return this;
    }

    public String message() {
        return waitFor(By.cssSelector("#inbox\\:messages")).getText();
    }

    public CasePage open(String reference) {
        row(reference).findElement(By.cssSelector("a.case-link")).click();
        return new CasePage(driver);
    }

    private WebElement row(String reference) {
        return waitFor(By.xpath(rowXpath(reference)));
    }

    private static String rowXpath(String reference) {
        return "//tbody[@id='inbox:tasks_data']/tr[.//a[normalize-space()='" + reference + "']]";
    }
}
