package org.safecase.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code second-factor-enrol.xhtml} and {@code second-factor.xhtml} (issue #13 item 2). */
public class SecondFactorPages extends Page {
    public SecondFactorPages(WebDriver driver) {
        super(driver);
    }

    /** The secret the enrolment page shows, as typed into an app. */
    public String secret() {
        return waitFor(By.id("secret")).getText();
    }

    /** Types a code on the enrolment page and confirms it. */
    public void confirmEnrolment(String code) {
        type(By.id("enrol:code"), code);
        driver.findElement(By.id("enrol:confirm")).click();
    }

    public String enrolmentProblem() {
        return waitFor(By.id("enrol:codeProblem")).getText();
    }

    /** The recovery codes shown once after enrolment. */
    public java.util.List<String> recoveryCodes() {
        waitFor(By.id("recoveryCodes"));
        return driver.findElements(By.cssSelector("#recoveryCodes .recovery-code")).stream().map(e -> e.getText()).toList();
    }

    /** Leaves the recovery codes for the signed-in pages. */
    public void carryOn() {
        driver.findElement(By.id("continue")).click();
        waitFor(By.id("signOutForm:signOut"));
    }

    /** Waits for the second step of a sign-in. */
    public void awaitCodePage() {
        waitFor(By.id("secondFactor:code"));
    }

    /** Types a code on the second step of a sign-in and sends it. */
    public void giveCode(String code) {
        type(By.id("secondFactor:code"), code);
        driver.findElement(By.id("secondFactor:submit")).click();
    }

    public String codeProblem() {
        return waitFor(By.id("secondFactor:codeProblem")).getText();
    }

    public void waitForSignedIn() {
        waitFor(By.id("signOutForm:signOut"));
    }
}
