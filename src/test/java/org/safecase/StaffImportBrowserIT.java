package org.safecase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safecase.testing.Browser;
import org.safecase.testing.Api;
import org.safecase.testing.AxeAudit;
import org.safecase.testing.BrowserJourney;
import org.safecase.testing.TestDatabase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13 item 3 in the browser: the LA admin opens the staff import from the home page, is told
 * what is wrong with a file that cannot be read (next to the file chooser), previews a file of three
 * good and two bad lines (each bad line's problems in words), and imports the three. The page has no
 * axe-core violations (WCAG 2.2 AA) empty, with a problem, previewed and imported, and does not
 * scroll sideways on a 390 px screen. The people imported are deactivated afterwards.
 */
class StaffImportBrowserIT extends BrowserJourney {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final List<String> madeHere = new ArrayList<>();

    @AfterEach
    void deactivateThePeopleImported() {
        for (String email : madeHere) {
            TestDatabase.update("UPDATE app_user SET active = FALSE WHERE email = ?", email);
        }
    }

    private static Path file(String csv) throws IOException {
        Path file = Files.createTempFile(Path.of("target"), "staff-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file.toAbsolutePath();
    }

    private void chooseAndPreview(Path file) {
        WebElement button = driver.findElement(By.id("chooseFile:preview"));
        driver.findElement(By.id("chooseFile:file")).sendKeys(file.toString());
        button.click();
        Browser.waitUntilReplaced(driver, button, WAIT);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("chooseFile:preview")));
    }

    private long users(List<String> emails) {
        return TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE email IN (?, ?, ?)", emails.toArray());
    }

    private long horizontalScroll() {
        return (Long) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
    }

    @Test
    void issue13_item3_anLaAdminPreviewsAFileOfThreeGoodAndTwoBadLinesAndImportsTheGoodOnes() throws IOException {
        String id = UUID.randomUUID().toString().substring(0, 8);
        List<String> good = List.of("fay." + id + "@import.example.org", "gus." + id + "@import.example.org",
                "hal." + id + "@import.example.org");
        madeHere.addAll(good);
        String used = TestDatabase.string("SELECT email FROM app_user WHERE username = 'governor.riverside'");
        AxeAudit axe = new AxeAudit(driver);

        signInPage().signIn("admin.northshire", Api.PASSWORD);
        driver.findElement(By.id("importStaff")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("chooseFile:preview")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Import staff from a CSV file");
        assertThat(driver.findElement(By.id("columns")).getText()).contains("Schools page");
        assertThat(driver.findElement(By.id("example")).getText()).startsWith("name,email,school,roles");
        assertThat(driver.findElements(By.id("rows"))).as("no table before a file is chosen").isEmpty();
        assertThat(axe.check("import, empty")).isEmpty();

        chooseAndPreview(file("name,email,school\nFay Import,fay@example.org,Riverside Primary School\n"));
        WebElement problem = driver.findElement(By.id("chooseFile:fileProblem"));
        assertThat(problem.getText()).isEqualTo("The first line does not name the column \"roles\". The file needs the "
                + "columns name, email, school and roles.");
        WebElement chooser = driver.findElement(By.id("chooseFile:file"));
        assertThat(chooser.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(chooser.getAttribute("aria-describedby")).contains("chooseFile:fileProblem");
        assertThat(driver.findElements(By.id("importForm:import"))).as("nothing to import").isEmpty();
        assertThat(axe.check("import, a file that cannot be read")).isEmpty();

        chooseAndPreview(file("""
                name,email,school,roles
                Fay Import %1$s,%2$s,Riverside Primary School,STAFF
                Gus Import %1$s,%3$s,900002,GOVERNOR
                Hal Import %1$s,%4$s,,HR_OFFICER
                Ida Import %1$s,ida.%1$s@import.example.org,Riverside Primary School,STAFF;WIZARD
                Jo Import %1$s,%5$s,Riverside Primary School,STAFF
                """.formatted(id, good.get(0), good.get(1), good.get(2), used)));
        assertThat(driver.findElements(By.id("chooseFile:fileProblem"))).isEmpty();
        assertThat(driver.findElement(By.id("summary")).getText())
                .isEqualTo("3 people can be imported; 2 lines have problems and will be left out.");
        WebElement table = driver.findElement(By.id("rows"));
        assertThat(table.findElement(By.tagName("caption")).getAttribute("textContent"))
                .isEqualTo("Every line of the file, with its problems");
        assertThat(table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList())
                .containsExactly("Line", "Name", "E-mail", "School", "Roles", "Problems");
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(5);
        assertThat(rows.stream().map(row -> row.getAttribute("class").contains("row-good")).toList())
                .as("good rows marked").containsExactly(true, true, true, false, false);
        assertThat(rows.subList(0, 3)).allSatisfy(row -> assertThat(row.getText()).contains("None: ready to import"));
        assertThat(rows.get(3).getText()).startsWith("5").contains("Left out:").contains("A role is not one SafeCase knows.");
        assertThat(rows.get(4).getText()).startsWith("6").contains("Left out:")
                .contains("Someone already has an account with this e-mail address.");
        assertThat(driver.findElement(By.id("importForm:import")).getText()).isEqualTo("Import 3 people");
        assertThat(users(good)).as("a preview stores no one").isZero();
        assertThat(axe.check("import, previewed")).isEmpty();

        driver.manage().window().setSize(new Dimension(390, 844));
        assertThat(horizontalScroll()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0L);
        assertThat(axe.check("import, previewed, 390 px")).isEmpty();

        WebElement importButton = driver.findElement(By.id("importForm:import"));
        importButton.click();
        Browser.waitUntilReplaced(driver, importButton, WAIT);
        WebElement result = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        assertThat(result.getAttribute("role")).isEqualTo("status");
        assertThat(result.getText()).isEqualTo("3 people imported; each will get an e-mail to choose a password. "
                + "2 lines with problems were left out.");
        assertThat(driver.findElements(By.id("importForm:import"))).as("imported: nothing more to import").isEmpty();
        assertThat(driver.findElement(By.id("rows")).getText()).contains("None: imported");
        assertThat(users(good)).as("the three people exist").isEqualTo(3);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE email = ?", "ida." + id + "@import.example.org"))
                .as("a bad line's person does not").isZero();
        assertThat(horizontalScroll()).as("no sideways scrolling at 390 px, imported").isLessThanOrEqualTo(0L);
        assertThat(axe.check("import, imported")).isEmpty();
    }
}
