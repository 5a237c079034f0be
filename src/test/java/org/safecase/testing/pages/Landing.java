package org.safecase.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Wherever completing a step led: the next step, the inbox or the case page. */
public class Landing extends Page {
    public Landing(WebDriver driver) {
        super(driver);
        waitFor(By.id("main"));
    }

    /** The confirmation shown on arrival ("Task for case ... completed."). */
    public String message() {
        return driver.findElements(By.cssSelector("[id$='messages']")).stream().map(WebElement::getText)
                .filter(text -> !text.isBlank()).findFirst().orElse("");
    }

    public boolean isInbox() {
        return !driver.findElements(By.id("inbox:tasks")).isEmpty();
    }

    public boolean isTask() {
        return !driver.findElements(By.id("task:complete")).isEmpty() || !driver.findElements(By.id("task")).isEmpty();
    }

    public TaskPage asTask() {
        return new TaskPage(driver);
    }

    public InboxPage asInbox() {
        return new InboxPage(driver);
    }

    public CasePage asCase() {
        return new CasePage(driver);
    }
}
