package org.safecase.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

/** {@code inbox/task.xhtml}: a task's questions, as its process model declares them. */
public class TaskPage extends Page {
    public TaskPage(WebDriver driver) {
        super(driver);
        waitFor(By.tagName("h1"));
    }

    /** The provider directory's entries shown with the task (issue #9). */
    public String directoryHelp() {
        return waitFor(By.id("directoryHelp")).getText();
    }

    /** The report and the case record shown with the task (issue #9). */
    public String caseSoFar() {
        return waitFor(By.id("caseSoFar")).getText();
    }

    /** The reference of the case the task belongs to. */
    public String caseReference() {
        return waitFor(By.id("task:caseLink")).getText();
    }

    public String title() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** Claims the task, unless the caller holds it already (opening it as the next step claims it). */
    public TaskPage claim() {
        if (!driver.findElements(By.id("task:complete")).isEmpty()) {
            return this;
        }
        waitFor(By.id("task:claim")).click();
        waitFor(By.id("task:complete"));
        return this;
    }

    /** Answers each field the way its kind is shown: yes/no radios, a choice list, a date, or text. */
    public TaskPage answer(Map<String, String> answers) {
        answers.forEach(this::answer);
        return this;
    }

    public TaskPage answer(String field, String value) {
        WebElement element = waitFor(By.cssSelector("[data-field='" + field + "']"));
        switch (element.getTagName()) {
            case "select" -> new Select(element).selectByValue(value);
            case "input" -> {
                if ("date".equals(element.getAttribute("type"))) {
                    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", element, value);
                } else {
                    element.clear();
                    element.sendKeys(value);
                }
            }
            default -> element.findElement(By.cssSelector("input[value='" + value + "']")).click();
        }
        return this;
    }

    /** Completes the task; on success the browser lands on the case page. */
    /**
     * Completes the step; the browser lands on the same case's next step, the inbox, or (for a
     * reporter) the case page (issue #10).
     */
    /** Completes the step; a step that closes the case asks first, and this confirms (issue #11 item 3). */
    public Landing complete() {
        WebElement button = driver.findElement(By.id("task:complete"));
        button.click();
        waitUntilReplaced(button);
        if (!driver.findElements(By.id("task:confirmCompleteYes")).isEmpty()) {
            WebElement yes = driver.findElement(By.id("task:confirmCompleteYes"));
            yes.click();
            waitUntilReplaced(yes);
        }
        return new Landing(driver);
    }

    /** The first click of "complete" on a step that closes the case: the confirmation it shows. */
    public TaskPage askToComplete() {
        WebElement button = driver.findElement(By.id("task:complete"));
        button.click();
        waitUntilReplaced(button);
        waitFor(By.id("task:confirmComplete"));
        return this;
    }

    public String confirmation() {
        return waitFor(By.id("task:confirmComplete")).getText();
    }

    public TaskPage cancelComplete() {
        WebElement button = waitFor(By.id("task:confirmCompleteCancel"));
        button.click();
        waitUntilReplaced(button);
        waitFor(By.id("task:complete"));
        return this;
    }

    public Landing confirmComplete() {
        WebElement button = waitFor(By.id("task:confirmCompleteYes"));
        button.click();
        waitUntilReplaced(button);
        return new Landing(driver);
    }

    public TaskPage unclaim() {
        WebElement button = waitFor(By.id("holding:unclaim"));
        button.click();
        waitUntilReplaced(button);
        return this;
    }

    /** Takes over a task someone else holds. */
    public TaskPage takeOver() {
        WebElement button = waitFor(By.id("task:takeOver"));
        button.click();
        waitUntilReplaced(button);
        waitFor(By.id("task:complete"));
        return this;
    }

    public String heldBy() {
        return waitFor(By.id("task:heldBy")).getText();
    }

    public String message() {
        return waitFor(By.id("task:messages")).getText();
    }

    public TaskPage completeExpectingProblems() {
        WebElement button = driver.findElement(By.id("task:complete"));
        button.click();
        waitUntilReplaced(button);
        waitFor(By.cssSelector(".field-problem"));
        return this;
    }

    public String problems() {
        return driver.findElements(By.cssSelector(".field-problem")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }
}
