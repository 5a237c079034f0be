package org.safecase.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** What every page object shares: waiting for elements and typing into fields. */
public abstract class Page {
    protected final WebDriver driver;

    protected Page(WebDriver driver) {
        this.driver = driver;
    }

    protected WebElement waitFor(By locator) {
        // A page being replaced can answer with a node that is already gone: look again.
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Waits until {@code element} has left the page. Chromium reports a removed node either as
     * stale or as "does not belong to the document"; both mean it is gone.
     */
    protected void waitUntilReplaced(WebElement element) {
        org.safecase.testing.Browser.waitUntilReplaced(driver, element, Duration.ofSeconds(20));
    }

    protected void waitUntilGone(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    /**
     * Clicks an element that an ajax update may be replacing: waits for the old one to go stale,
     * then retries a click that lands on a node the update just removed.
     */
    protected void clickAfterAjax(WebElement replaced, By locator) {
        waitUntilReplaced(replaced);
        for (int attempt = 1; ; attempt++) {
            try {
                waitFor(locator).click();
                return;
            } catch (org.openqa.selenium.WebDriverException e) { // stale or detached node
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    protected void type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    public void signOut() {
        driver.findElement(By.id("signOutForm:signOut")).click();
        waitFor(By.id("signIn:username"));
    }
}
