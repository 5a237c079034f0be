package org.safecase.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safecase.testing.pages.CasePage;
import org.safecase.testing.pages.Landing;
import org.safecase.testing.pages.InboxPage;
import org.safecase.testing.pages.SignInPage;
import org.safecase.testing.pages.TaskPage;

import java.net.URL;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser journey shares: the application as built on Payara, a fresh headless
 * Chromium per test (a screenshot kept on failure), signing in and working a case's steps.
 */
@ExtendWith({SharedServer.class, ScreenshotOnFailure.class})
public abstract class BrowserJourney implements ScreenshotOnFailure.HasBrowser {
    protected static final Pattern REFERENCE = Pattern.compile("SC-\\d{4}-\\d{6,}");

    @ServerAddress
    protected URL base;

    protected ChromeDriver driver;


    @BeforeEach
    void openBrowser() {
        // Each journey starts from an unfiltered inbox: the inbox keeps each person's last filter.
        TestDatabase.update("DELETE FROM inbox_filter_choice");
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        try {
            assertThat(Browser.cspViolations(driver)).as("Content-Security-Policy violations in the console (issue #12 item 3)")
                    .isEmpty();
        } finally {
            driver.quit();
        }
    }

    @Override
    public WebDriver browser() {
        return driver;
    }

    protected SignInPage signInPage() {
        driver.get(base.toString());
        return new SignInPage(driver);
    }

    protected TaskPage openStep(String reference, String taskName) {
        driver.get(base + "inbox/inbox.xhtml");
        return new InboxPage(driver).claimAndWork(reference, taskName);
    }

    /**
     * Opens (one click), answers and completes a step from the inbox, then shows the case page
     * (completing itself lands on the next step or the inbox, issue #10).
     */
    protected CasePage step(String reference, String taskName, Map<String, String> answers) {
        Landing afterwards = openStep(reference, taskName).answer(answers).complete();
        assertThat(afterwards.message()).as(taskName).contains("completed");
        return casePage(reference);
    }

    protected CasePage casePage(String reference) {
        driver.get(base + "casefile/case.xhtml?ref=" + reference);
        return new CasePage(driver);
    }
}
