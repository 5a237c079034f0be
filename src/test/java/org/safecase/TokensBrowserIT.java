package org.safecase;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safecase.testing.Api;
import org.safecase.testing.AxeAudit;
import org.safecase.testing.BrowserJourney;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.TestUsers;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12 item 1 in the browser: a person makes an API token on its page, sees its secret once,
 * uses it, and revokes it; an LA admin makes one for a user of their own local authority. The
 * page passes axe-core's WCAG 2.2 AA rules, with and without field problems, and on a 390 px screen.
 */
class TokensBrowserIT extends BrowserJourney {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @org.junit.jupiter.api.AfterEach
    void retireTheUsersMadeForTheTest() {
        TestUsers.retireAll();
    }

    private void open() {
        driver.get(base + "identity/tokens.xhtml");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("tokens:make")));
    }

    private void make(String name, String days, boolean readOnly) {
        driver.findElement(By.id("tokens:name")).clear();
        driver.findElement(By.id("tokens:name")).sendKeys(name);
        driver.findElement(By.id("tokens:expiresInDays")).clear();
        driver.findElement(By.id("tokens:expiresInDays")).sendKeys(days);
        if (readOnly != driver.findElement(By.id("tokens:readOnly")).isSelected()) {
            driver.findElement(By.id("tokens:readOnly")).click();
        }
        driver.findElement(By.id("tokens:make")).click();
    }

    @Test
    void issue12_item1_aUserMakesAReadOnlyTokenSeesItOnceUsesItAndRevokesIt() {
        String staff = TestUsers.copyOf("staff.riverside");
        AxeAudit axe = new AxeAudit(driver);
        signInPage().signIn(staff, Api.PASSWORD);
        driver.findElement(By.id("navTokens")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("tokens:make")));
        axe.check("tokens, none yet");

        make("", "400", false);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens:nameProblem")));
        assertThat(driver.findElement(By.id("tokens:nameProblem")).getText()).contains("name");
        assertThat(driver.findElement(By.id("tokens:expiresInDaysProblem")).getText()).contains("1 to 365");
        assertThat(driver.findElement(By.id("tokens:name")).getAttribute("aria-invalid")).isEqualTo("true");
        axe.check("tokens, with field problems");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM api_token t JOIN app_user u ON u.id = t.user_id "
                + "WHERE u.username = ?", staff)).as("nothing made").isZero();

        make("Weekly export", "30", true);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedSecret")));
        String secret = driver.findElement(By.id("issuedSecret")).getText();
        assertThat(secret).matches("sc_[A-Za-z0-9_-]{43}");
        assertThat(driver.findElement(By.id("tokens:list")).getText()).contains("Weekly export").contains("Read only")
                .contains("Usable").contains("Never");
        axe.check("tokens, one just made");

        Api token = Api.withToken(base, secret);
        assertThat(token.get("tasks").status()).isEqualTo(200);
        assertThat(token.post("incidents", "{}").status()).as("read only").isEqualTo(403);

        open();
        assertThat(driver.getPageSource()).as("shown only once").doesNotContain(secret);
        assertThat(driver.findElement(By.id("tokens:list")).getText()).doesNotContain("Never");
        driver.findElement(By.cssSelector("#tokens\\:list button")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens:list"), "Revoked"));
        assertThat(token.get("tasks").status()).as("revoked: it stops at once").isEqualTo(401);

        driver.manage().window().setSize(new Dimension(390, 844));
        open();
        axe.check("tokens, 390 px");
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390L);
        axe.assertNoSeriousOrCriticalViolations();
    }

    @Test
    void issue12_item1_anLaAdminMakesATokenForAUserOfTheirLocalAuthorityOnly() {
        String lead = TestUsers.copyOf("lead.riverside");
        signInPage().signIn("admin.northshire", Api.PASSWORD);
        open();
        driver.findElement(By.id("tokens:username")).sendKeys("nobody.at.all");
        make("For nobody", "10", false);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens:usernameProblem")));
        assertThat(driver.findElement(By.id("tokens:usernameProblem")).getText()).isNotBlank();

        driver.findElement(By.id("tokens:username")).clear();
        driver.findElement(By.id("tokens:username")).sendKeys(lead);
        make("Inbox sync for the lead", "10", false);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedSecret")));
        String secret = driver.findElement(By.id("issuedSecret")).getText();
        assertThat(driver.findElement(By.id("tokens:list")).getText()).contains("Inbox sync for the lead").contains(lead);
        Api.Reply listed = Api.as(base, lead).get("tokens");
        assertThat(listed.body()).as("the lead sees the token made for them").contains("Inbox sync for the lead");
        assertThat(Api.withToken(base, secret).get("tasks").status()).isEqualTo(200);
    }
}
