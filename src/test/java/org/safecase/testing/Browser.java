package org.safecase.testing;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/** Headless Debian Chromium with its own chromedriver: nothing is downloaded at test time. */
public final class Browser {
    private Browser() {
    }

    public static ChromeDriver start() {
        return start(null);
    }

    /** With the browser's languages (Accept-Language) set, e.g. {@code en-XA} for the pseudo-locale; null: Chromium's own. */
    public static ChromeDriver start(String acceptLanguages) {
        try {
            File profile = Files.createTempDirectory(new File("target").toPath(), "chromium-").toFile();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("safecase.test.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile.getAbsolutePath());
            // The console, for the journeys' check that no Content-Security-Policy violation was logged (issue #12 item 3).
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            if (acceptLanguages != null) {
                options.addArguments("--lang=" + acceptLanguages);
                options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguages));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("safecase.test.chromedriver", "/usr/bin/chromedriver")))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until {@code element} has left the page (an ajax update or a new page replaced it).
     * Chromium reports a removed node either as stale or, mid-update, as "does not belong to the
     * document"; both mean it is gone (Selenium's {@code stalenessOf} knows only the first).
     */
    public static void waitUntilReplaced(org.openqa.selenium.WebDriver driver, org.openqa.selenium.WebElement element,
                                         Duration within) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, within).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * The Content-Security-Policy violations Chromium logged to the console since the last call
     * (the log is read, and so emptied): each is a script, style or handler the policy blocked.
     */
    public static java.util.List<String> cspViolations(ChromeDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }
}
