package org.safecase;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safecase.testing.Browser;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.AxeAudit;
import org.safecase.testing.BrowserJourney;
import org.safecase.testing.pages.ReportPage;
import org.safecase.testing.pages.SignInPage;
import org.safecase.testing.pages.TaskPage;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11 items 1 and 2: every page a person uses passes axe-core's WCAG 2.2 AA rules with no
 * serious or critical violation, lists work with the keyboard alone, and the main pages fit a
 * 390 px wide phone with the navigation in a menu that opens; the case page prints without its
 * navigation and forms.
 */
class AccessibilityBrowserIT extends BrowserJourney {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private String staffCase(String description) {
        return Api.as(base, "staff.riverside").post("incidents", """
                {"category":"CYBERBULLYING","description":"%s","occurredAt":"%s",
                 "platform":"Social Example","locationUrl":"https://social.example/a/very/long/address/that/does/not/break/easily/%s"}
                """.formatted(description, LocalDateTime.now().minusHours(1).withNano(0), "x".repeat(120))).json()
                .getString("reference");
    }

    private String childProtectionCase() {
        return Api.as(base, "staff.riverside").post("incidents", """
                {"category":"NUDE_IMAGES","description":"A pupil says a picture is going round","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(2).withNano(0))).json().getString("reference");
    }

    private void signIn(String username) {
        signInPage().signIn(username, Api.PASSWORD);
    }

    private void open(String path) {
        driver.get(base + path);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
    }

    @Test
    void issue11_item1_signInAndEachRolesHomePageHaveNoSeriousOrCriticalViolations() {
        AxeAudit axe = new AxeAudit(driver);
        SignInPage signIn = signInPage();
        axe.check("sign-in");
        signIn.attemptSignIn("staff.riverside", "not-the-password");
        assertThat(new SignInPage(driver).error()).contains("Sign-in failed");
        axe.check("sign-in, refused");
        for (String user : List.of("staff.riverside", "lead.riverside", "dsl.riverside", "head.riverside",
                "hr.northshire", "governor.riverside", "admin.northshire")) {
            signIn(user);
            open("index.xhtml");
            axe.check("home of " + user);
            driver.manage().deleteAllCookies();
        }
        axe.assertNoSeriousOrCriticalViolations();
    }

    @Test
    void issue11_item1_everyStepOfTheReportWizardItsReceiptAndMyReportsHaveNoSeriousOrCriticalViolations() {
        AxeAudit axe = new AxeAudit(driver);
        signIn("staff.riverside");
        open("intake/report.xhtml");
        ReportPage report = new ReportPage(driver);
        new Select(driver.findElement(By.id("report:category"))).selectByValue("");
        axe.check("report: kind");
        report.next();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report .ui-message-error")));
        axe.check("report: kind, with a field problem");
        report.category("Cyberbullying of a member of staff").next();
        axe.check("report: what");
        report.description("Posts about me on a parents' group").occurredAt(LocalDateTime.now().minusDays(1)).next();
        axe.check("report: where");
        report.platform("Parents' chat group").locationUrl("https://social.example/groups/parents/post/42").next();
        axe.check("report: who");
        report.perpetrator("A parent or carer").immediateDanger(false).policeWanted(false).next();
        axe.check("report: evidence");
        report.submit();
        Matcher found = REFERENCE.matcher(report.receipt());
        assertThat(found.find()).isTrue();
        axe.check("report: receipt");
        open("casefile/mine.xhtml");
        axe.check("my reports");
        axe.assertNoSeriousOrCriticalViolations();
    }

    @Test
    void issue11_item1_inboxTaskCaseCasesProvidersAndCalendarHaveNoSeriousOrCriticalViolations() {
        String staffCase = staffCase("Insults on a forum");
        String childProtection = childProtectionCase();
        Api.as(base, "dsl.riverside").completeTask(childProtection, "initialReviewByDsl",
                Answers.childProtectionReview(1, 13, "One class group chat"));
        String triage = Api.as(base, "lead.riverside").taskId(staffCase, "triageByLead");
        AxeAudit axe = new AxeAudit(driver);

        signIn("lead.riverside");
        open("inbox/inbox.xhtml");
        axe.check("inbox");
        open("inbox/task.xhtml?id=" + triage);
        axe.check("task, not claimed");
        TaskPage task = new TaskPage(driver).claim();
        axe.check("task");
        task.answer("severity", "LOW").completeExpectingProblems();
        axe.check("task, with field problems");
        assertProblemsTiedToFields("task");
        open("casefile/case.xhtml?ref=" + staffCase);
        axe.check("case page, staff case");
        open("casefile/cases.xhtml");
        axe.check("cases");
        open("takedown/providers.xhtml");
        axe.check("providers");
        driver.manage().deleteAllCookies();

        signIn("dsl.riverside");
        open("casefile/case.xhtml?ref=" + childProtection);
        axe.check("case page, child protection");
        driver.manage().deleteAllCookies();

        signIn("head.riverside");
        open("calendar/closures.xhtml");
        axe.check("calendar");
        driver.findElement(By.id("closures:add")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#closures .field-problem")));
        axe.check("calendar, with field problems");
        assertProblemsTiedToFields("calendar");
        driver.manage().deleteAllCookies();

        signIn("admin.northshire");
        open("takedown/providers.xhtml");
        axe.check("providers, as the LA admin");
        driver.findElement(By.id("entry:save")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#entry .field-problem")));
        axe.check("providers, with field problems");
        assertProblemsTiedToFields("providers");
        // Issue #14: the workflow pages on the shared server (read only here: deploying runs on servers of its own).
        open("workflow/models.xhtml");
        axe.check("workflow library");
        open("workflow/model.xhtml?key=childProtectionIncident");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".workflow-diagram[data-drawn='true']")));
        axe.check("a workflow model, its versions and diagram");
        open("workflow/jobs.xhtml");
        axe.check("failed jobs");
        // Issue #15 item 5: the retention page (due list, legal holds, destruction log).
        open("oversight/retention.xhtml");
        axe.check("retention, as the LA admin");
        // Issue #15 item 4 and item 7 (access): the LA admin's patterns and subject access pages.
        open("oversight/patterns.xhtml");
        axe.check("cross-school patterns");
        open("oversight/subject-access.xhtml");
        axe.check("subject access, as the LA admin");
        open("oversight/subject-access-review.xhtml");
        axe.check("subject access reviews");
        // Issue #15 item 1: the LA admin's audit trail search, its rows and the chain check (R-X-3).
        open("oversight/audit.xhtml");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit\\:rows tbody tr")));
        axe.check("audit trail search, as the LA admin");
        driver.findElement(By.id("audit:checkChain")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("chainResult")));
        assertThat(driver.findElement(By.id("chainResult")).getText()).startsWith("Intact");
        axe.check("audit trail, with the chain checked");
        driver.manage().deleteAllCookies();

        // Issue #15 item 2: the reporter's confidential notes section of the case page (R-X-2).
        Api.Reply note = Api.as(base, "staff.riverside").post("cases/" + staffCase + "/notes", """
                {"marking":"PERSONAL","text":"How the forum posts affected me"}""");
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        signIn("staff.riverside");
        open("casefile/case.xhtml?ref=" + staffCase);
        assertThat(driver.findElement(By.id("confidentialNotes")).isDisplayed()).isTrue();
        axe.check("case page, the reporter's confidential notes");
        axe.assertNoSeriousOrCriticalViolations();
    }

    /** Each problem shown is announced (role alert) and names a field that is marked invalid and described by it. */
    private void assertProblemsTiedToFields(String page) {
        List<WebElement> problems = driver.findElements(By.cssSelector(".field-problem"));
        assertThat(problems).as(page + ": problems shown").isNotEmpty();
        for (WebElement problem : problems) {
            String id = problem.getAttribute("id");
            assertThat(id).as(page + ": a problem has an id").isNotBlank();
            assertThat(problem.getAttribute("role")).as(page + ": " + id + " is announced").isEqualTo("alert");
            List<WebElement> fields = driver.findElements(By.cssSelector("[aria-describedby~='" + id + "']"));
            assertThat(fields).as(page + ": a field is described by " + id).isNotEmpty();
            assertThat(fields).as(page + ": and marked invalid")
                    .anyMatch(field -> "true".equals(field.getAttribute("aria-invalid")));
        }
    }

    /** The focus is drawn as a solid outline of 3px at least, near-black on the white page. */
    private void assertVisibleFocus(WebElement element) {
        Map<?, ?> style = (Map<?, ?>) driver.executeScript("""
                const s = getComputedStyle(arguments[0]);
                return {style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor,
                        focused: document.activeElement === arguments[0]};""", element);
        assertThat(style.get("focused")).as("focused " + element.getAttribute("id")).isEqualTo(true);
        assertThat(style.get("style")).as("outline of " + element.getAttribute("id")).isEqualTo("solid");
        assertThat(((Number) style.get("width")).doubleValue()).as("outline width " + style).isGreaterThanOrEqualTo(3);
        assertThat(style.get("colour")).as("outline colour, 19:1 on white").isEqualTo("rgb(11, 12, 12)");
    }

    /** Presses Tab until {@code target} has the focus, as a keyboard user would; fails when it never does. */
    private WebElement tabTo(By target) {
        WebElement wanted = new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(target));
        for (int presses = 0; presses < 400; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (driver.switchTo().activeElement().equals(wanted)) {
                return wanted;
            }
        }
        throw new AssertionError("Tab never reaches " + target);
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    @Test
    void issue11_item1_aLeadOpensATaskAndACaseFromListsWithEnter() {
        String reference = staffCase("Rumours on a forum");
        driver.get(base.toString());
        new SignInPage(driver);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(focused().getAttribute("class")).as("the skip link is the first thing Tab reaches").contains("skip-link");
        tabTo(By.id("signIn:username")).sendKeys("lead.riverside");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(focused().getAttribute("id")).isEqualTo("signIn:password");
        focused().sendKeys(Api.PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm:signOut")));

        open("inbox/inbox.xhtml");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(focused().getAttribute("class")).contains("skip-link");
        focused().sendKeys(Keys.ENTER);
        assertThat(focused().getAttribute("id")).as("the skip link moves the focus to the page's content").isEqualTo("main");
        WebElement filterField = tabTo(By.id("inbox:reference"));
        assertVisibleFocus(filterField);
        filterField.sendKeys(reference);
        WebElement firstRow = driver.findElement(By.cssSelector("#inbox\\:tasks_data tr"));
        WebElement apply = tabTo(By.id("inbox:applyFilter"));
        assertVisibleFocus(apply);
        apply.sendKeys(Keys.ENTER);
        Browser.waitUntilReplaced(driver, firstRow, WAIT);
        By open = By.xpath("//tbody[@id='inbox:tasks_data']/tr[.//a[normalize-space()='" + reference
                + "']]//button[contains(@class,'open-task')]");
        tabTo(open).sendKeys(Keys.ENTER);
        TaskPage task = new TaskPage(driver);
        assertThat(task.title()).isEqualTo("Lead triages report");
        assertThat(task.caseReference()).isEqualTo(reference);

        open("inbox/inbox.xhtml");
        By caseLink = By.xpath("//tbody[@id='inbox:tasks_data']//a[normalize-space()='" + reference + "']");
        WebElement link = tabTo(caseLink);
        assertVisibleFocus(link);
        link.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), reference));

        open("casefile/cases.xhtml");
        tabTo(By.id("casesForm:reference")).sendKeys(reference);
        WebElement shownBefore = driver.findElement(By.id("casesForm:cases_data"));
        tabTo(By.id("casesForm:search")).sendKeys(Keys.ENTER);
        Browser.waitUntilReplaced(driver, shownBefore, WAIT);
        By listed = By.xpath("//tbody[@id='casesForm:cases_data']//a[normalize-space()='" + reference + "']");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(listed));
        tabTo(listed).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), reference));
        assertThat(driver.findElement(By.id("caseDescription")).getText()).contains("Rumours on a forum");
    }

    private void assertFitsTheScreen(String page) {
        Map<?, ?> sizes = (Map<?, ?>) driver.executeScript("""
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .slice(-5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
                return {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
                        html: getComputedStyle(document.documentElement).overflowX, body: getComputedStyle(document.body).overflowX,
                        widerThanTheScreen: wide};
                """);
        assertThat(((Number) sizes.get("innerWidth")).intValue()).as("the window is phone-sized").isLessThanOrEqualTo(390);
        assertThat(((Number) sizes.get("scrollWidth")).intValue()).as(page + ": no wider than the screen " + sizes)
                .isLessThanOrEqualTo(((Number) sizes.get("innerWidth")).intValue());
        assertThat(List.of(sizes.get("html"), sizes.get("body"))).as(page + ": overflow is not hidden").doesNotContain("hidden", "clip");
    }

    private void assertOnScreen(By locator) {
        WebElement element = driver.findElement(locator);
        assertThat(element.isDisplayed()).as(locator + " shown").isTrue();
        Map<?, ?> rect = (Map<?, ?>) driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: window.innerWidth, height: window.innerHeight};
                """, element);
        double left = ((Number) rect.get("left")).doubleValue();
        double right = ((Number) rect.get("right")).doubleValue();
        double top = ((Number) rect.get("top")).doubleValue();
        double bottom = ((Number) rect.get("bottom")).doubleValue();
        assertThat(left >= 0 && top >= 0 && right <= ((Number) rect.get("width")).doubleValue()
                && bottom <= ((Number) rect.get("height")).doubleValue()).as(locator + " within the screen " + rect).isTrue();
    }

    @Test
    void issue11_item2_atPhoneWidthThePagesFitTheScreenAndTheMenuAndSignOutWork() {
        String reference = staffCase("A post with a very long address");
        String triage = Api.as(base, "lead.riverside").taskId(reference, "triageByLead");
        driver.manage().window().setSize(new Dimension(390, 844));
        signIn("lead.riverside");

        open("intake/report.xhtml");
        ReportPage report = new ReportPage(driver);
        assertFitsTheScreen("report: kind");
        report.category("Cyberbullying of a member of staff").next();
        assertFitsTheScreen("report: what");
        open("inbox/inbox.xhtml");
        assertFitsTheScreen("inbox");
        open("inbox/task.xhtml?id=" + triage);
        new TaskPage(driver).claim();
        assertFitsTheScreen("task");
        open("casefile/case.xhtml?ref=" + reference);
        assertFitsTheScreen("case");
        open("casefile/cases.xhtml");
        assertFitsTheScreen("cases");

        By menu = By.id("menuButton");
        assertOnScreen(menu);
        assertOnScreen(By.id("signOutForm:signOut"));
        assertThat(driver.findElement(menu).getTagName()).isEqualTo("button");
        assertThat(driver.findElement(menu).getAttribute("aria-controls")).isEqualTo("appNav");
        assertThat(driver.findElement(menu).getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(driver.findElement(By.id("navInbox")).isDisplayed()).as("the navigation is folded away").isFalse();
        driver.findElement(menu).sendKeys(Keys.ENTER);
        assertThat(driver.findElement(menu).getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(driver.findElement(By.id("navInbox")).isDisplayed()).as("the menu opens").isTrue();
        assertFitsTheScreen("cases, menu open");
        focused().sendKeys(Keys.ESCAPE);
        assertThat(driver.findElement(menu).getAttribute("aria-expanded")).as("Escape folds it again").isEqualTo("false");
        driver.findElement(menu).click();
        assertOnScreen(By.id("navInbox"));
        driver.findElement(By.id("navInbox")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("inbox:tasks")));
        assertOnScreen(By.id("signOutForm:signOut"));
        driver.findElement(By.id("signOutForm:signOut")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn:username")));
        assertFitsTheScreen("sign-in");
    }

    @Test
    void issue11_item2_theCasePagePrintsWithoutHeaderNavigationFormsOrButtons() {
        String reference = staffCase("A post to print");
        signIn("lead.riverside");
        open("casefile/case.xhtml?ref=" + reference);
        assertThat(driver.findElement(By.id("evidenceForm")).isDisplayed()).as("on screen, the upload form is there").isTrue();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String id : List.of("appHeader", "appNav", "evidenceForm", "evidenceForm:file", "evidenceForm:addFile",
                    "recategorise")) {
                assertThat(driver.executeScript("return getComputedStyle(document.getElementById(arguments[0])).display;", id))
                        .as(id + " printed").isEqualTo("none");
            }
            assertThat(driver.findElement(By.id("caseDescription")).isDisplayed()).as("the record is printed").isTrue();
            assertThat(driver.executeScript("return getComputedStyle(document.querySelector('#main a')).textDecorationLine;"))
                    .as("links printed underlined").isEqualTo("underline");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
