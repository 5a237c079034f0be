package org.safecase.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps a screenshot and the page source of a failed browser test under
 * {@code target/browser-failures/}, so a CI failure can be read without re-running it.
 */
public class ScreenshotOnFailure implements AfterTestExecutionCallback {
    /** Implemented by browser tests: the driver to photograph. */
    public interface HasBrowser {
        WebDriver browser();
    }

    /** Runs before {@code @AfterEach}, while the browser is still open. */
    @Override
    public void afterTestExecution(ExtensionContext context) {
        Throwable cause = context.getExecutionException().orElse(null);
        if (cause == null || !(context.getRequiredTestInstance() instanceof HasBrowser test) || test.browser() == null) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            Path shot = ((TakesScreenshot) test.browser()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(folder.resolve(name + ".html"), test.browser().getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
