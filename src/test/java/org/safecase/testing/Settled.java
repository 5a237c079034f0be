package org.safecase.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Reads a page that may still be replacing itself after a click: a read that meets a node the
 * new page has already removed (stale) or a page not there yet is tried again, for up to 20 s.
 * The value last read is returned, so a test's own assertion says what was on the page.
 */
public final class Settled {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Settled() {
    }

    /** The element's text once it reads {@code expected}, or what it read last. */
    public static String text(WebDriver driver, By locator, String expected) {
        return readUntil(driver, d -> d.findElement(locator).getText(), expected);
    }

    /** The element's attribute once it reads {@code expected}, or what it read last. */
    public static String attribute(WebDriver driver, By locator, String name, String expected) {
        return readUntil(driver, d -> d.findElement(locator).getAttribute(name), expected);
    }

    /** Whether the element is on the page within the patience, for a page that is still loading. */
    public static boolean present(WebDriver driver, By locator) {
        try {
            new WebDriverWait(driver, PATIENCE).until(d -> !d.findElements(locator).isEmpty());
            return true;
        } catch (TimeoutException absent) {
            return false;
        }
    }

    private static String readUntil(WebDriver driver, Function<WebDriver, String> read, String expected) {
        AtomicReference<String> last = new AtomicReference<>();
        try {
            new WebDriverWait(driver, PATIENCE).until(d -> {
                try {
                    last.set(read.apply(d));
                } catch (WebDriverException goneOrNotYet) {
                    return false;
                }
                return expected.equals(last.get());
            });
        } catch (TimeoutException stillDifferent) {
            // the caller's assertion reports what was read last
        }
        return last.get();
    }
}
