package org.safecase.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code reset-password.xhtml} (issue #13 item 3): the page a mailed password link opens, before signing in. */
public class PasswordLinkPage extends Page {
    public PasswordLinkPage(WebDriver driver) {
        super(driver);
        waitFor(By.tagName("h1"));
    }

    /** Whether the page asks for a password (else it says the link does not work). */
    public boolean asksForPassword() {
        return !driver.findElements(By.id("choose:submit")).isEmpty();
    }

    /** What the page says when the link does not work. */
    public String refusal() {
        return waitFor(By.id("refusal")).getText();
    }

    /** Types the password twice and sends it. */
    public void choose(String password, String repeated) {
        type(By.id("choose:password"), password);
        type(By.id("choose:repeated"), repeated);
        WebElement button = driver.findElement(By.id("choose:submit"));
        button.click();
        waitUntilReplaced(button);
    }

    /** The problem shown beside a field, or "" if none. */
    public String problem(String field) {
        return driver.findElements(By.id("choose:" + field + "Problem")).stream().map(WebElement::getText).findFirst().orElse("");
    }
}
