package org.safecase.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code login.xhtml}. */
public class SignInPage extends Page {
    public SignInPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("signIn:username"));
    }

    /** Signs in and waits for the signed-in page. */
    public void signIn(String username, String password) {
        attemptSignIn(username, password);
        waitFor(By.id("signOutForm:signOut"));
    }

    public void attemptSignIn(String username, String password) {
        type(By.id("signIn:username"), username);
        type(By.id("signIn:password"), password);
        driver.findElement(By.id("signIn:submit")).click();
    }

    public String error() {
        return waitFor(By.cssSelector("#signIn\\:messages .ui-messages-error")).getText();
    }
}
