package org.safecase.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An accessibility audit with axe-core (the npm package locked in {@code src/test/browser}, which
 * the build installs with {@code npm ci}): the script is injected into the page the browser shows
 * and run with the WCAG 2.2 AA tags and no rule turned off. Each page checked is remembered, so a
 * test can audit a whole journey and then fail once, naming every serious or critical violation
 * (rule, impact, the elements' selectors and axe's help) of every page.
 */
public final class AxeAudit {
    /** The WCAG 2.0, 2.1 and 2.2 levels A and AA (the public sector bodies' accessibility regulations). */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final String SOURCE = read(Path.of(System.getProperty("safecase.test.axe",
            "src/test/browser/node_modules/axe-core/axe.min.js")));

    /** One rule broken on one page: the elements it found (CSS selectors) and axe's one-line help. */
    public record Violation(String page, String rule, String impact, String help, String helpUrl, List<String> targets) {
        @Override
        public String toString() {
            return page + ": " + rule + " (" + impact + ") " + help + " " + targets + " " + helpUrl;
        }
    }

    private final WebDriver driver;
    private final List<Violation> found = new ArrayList<>();
    private final List<String> pages = new ArrayList<>();

    public AxeAudit(WebDriver driver) {
        this.driver = driver;
    }

    /**
     * Audits the page shown now; returns its violations of any impact and remembers it under {@code page}.
     * Besides axe-core's rules it checks two things axe does not: no alert inside another alert (a
     * screen reader reads the inner one twice or not at all), and every field marked invalid is
     * described by a shown problem.
     */
    public List<Violation> check(String page) {
        List<Violation> violations = new ArrayList<>(run(driver, page));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        @SuppressWarnings("unchecked")
        List<String> nested = (List<String>) js.executeScript(
                "return [...document.querySelectorAll('[role=alert] [role=alert]')].map(e => e.tagName + '#' + e.id);");
        if (!nested.isEmpty()) {
            violations.add(new Violation(page, "safecase-nested-alert", "serious", "No alert inside another alert", "", nested));
        }
        @SuppressWarnings("unchecked")
        List<String> untied = (List<String>) js.executeScript("""
                return [...document.querySelectorAll('[aria-invalid=true]')].filter(field => {
                    const ids = (field.getAttribute('aria-describedby') || '').split(/\\s+/).filter(id => id);
                    return !ids.some(id => { const d = document.getElementById(id); return d && d.textContent.trim() !== ''; });
                }).map(e => e.tagName + '#' + e.id);""");
        if (!untied.isEmpty()) {
            violations.add(new Violation(page, "safecase-problem-described", "serious",
                    "A field marked invalid names its problem through aria-describedby", "", untied));
        }
        pages.add(page);
        found.addAll(violations);
        long failing = violations.stream().filter(v -> FAILING.contains(v.impact())).count();
        // The counts are the measure issue #11 reports (in target/failsafe-reports/*-output.txt).
        System.out.printf("axe %s: %d violations, %d serious or critical %s%n", page, violations.size(), failing,
                violations.stream().map(v -> v.rule() + "/" + v.impact()).collect(Collectors.toList()));
        return violations;
    }

    /** The pages audited so far, in order. */
    public List<String> pages() {
        return List.copyOf(pages);
    }

    /** Fails listing every serious or critical violation of every page audited. */
    public void assertNoSeriousOrCriticalViolations() {
        List<Violation> failing = found.stream().filter(v -> FAILING.contains(v.impact())).toList();
        assertThat(failing).as("serious or critical axe-core violations (WCAG 2.2 AA) on " + pages + ":\n"
                + failing.stream().map(Violation::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    /** Runs axe-core once on the page shown, injecting it first when the page does not have it yet. */
    public static List<Violation> run(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // A widget still fading in (the wizard's Back button) or a button's colours still changing back after an
        // ajax request (PrimeFaces disables them meanwhile) pass through low contrast: audit what a person sees at rest.
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js.executeScript("""
                return document.readyState === 'complete'
                    && (!window.jQuery || (jQuery(':animated').length === 0 && jQuery.active === 0))
                    && document.getAnimations().every(a => a.effect === null
                        || a.effect.getComputedTiming().endTime === Infinity || a.playState !== 'running');""")));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SOURCE);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                    .then(results => done(JSON.stringify(results.violations.map(v => ({
                        rule: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                        targets: v.nodes.map(n => n.target.join(' '))})))))
                    .catch(e => done(JSON.stringify({error: String(e)})));
                """, TAGS);
        try (JsonReader reader = Json.createReader(new StringReader(String.valueOf(answer)))) {
            var json = reader.readValue();
            if (json instanceof JsonObject error) {
                throw new IllegalStateException("axe-core failed on " + page + ": " + error.getString("error"));
            }
            List<Violation> violations = new ArrayList<>();
            for (JsonObject v : ((JsonArray) json).getValuesAs(JsonObject.class)) {
                violations.add(new Violation(page, v.getString("rule"), v.getString("impact", "unknown"),
                        v.getString("help"), v.getString("helpUrl"),
                        v.getJsonArray("targets").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
            }
            return violations;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: run the build (npm ci in src/test/browser)", e);
        }
    }
}
