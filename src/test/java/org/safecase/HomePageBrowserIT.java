package org.safecase;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.safecase.testing.Api;
import org.safecase.testing.AxeAudit;
import org.safecase.testing.BrowserJourney;
import org.safecase.testing.Settled;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.pages.InboxPage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11 item 5: each role lands on what it has to do, and the navigation shows only the
 * pages the role can use.
 */
class HomePageBrowserIT extends BrowserJourney {
    private static final List<String> NAV = List.of("navReport", "navMine", "navCases", "navInbox", "navProviders", "navCalendar");

    private String report(boolean immediateDanger, String description) {
        return Api.as(base, "staff.riverside").post("incidents", """
                {"category":"CYBERBULLYING","description":"%s","occurredAt":"%s","immediateDanger":%s}
                """.formatted(description, LocalDateTime.now().minusHours(2).withNano(0), immediateDanger)).json()
                .getString("reference");
    }

    private void signIn(String username) {
        signInPage().signIn(username, Api.PASSWORD);
        assertThat(Settled.text(driver, By.tagName("h1"), "Home")).as("signing in lands on the home page").isEqualTo("Home");
    }

    /** The navigation's links that are on the page, by id. */
    private List<String> navigation() {
        return NAV.stream().filter(id -> !driver.findElements(By.id(id)).isEmpty()).toList();
    }

    private String text(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    @Test
    void issue11_item5_aLeadLandsOnWaitingUrgentAndOverdueWorkAndGoesStraightToIt() {
        String urgent = report(true, "Threats outside my home");
        String overdue = report(false, "Insults on a forum");
        String overdueTask = Api.as(base, "lead.riverside").taskId(overdue, "triageByLead");
        TestDatabase.taskDueAt(overdueTask, Instant.now().minus(Duration.ofDays(3)));

        signIn("lead.riverside");
        assertThat(navigation()).containsExactly("navReport", "navMine", "navCases", "navInbox", "navProviders");
        assertThat(text("waiting")).matches("Waiting for you: [1-9]\\d*");
        assertThat(text("urgent")).matches("Urgent: [1-9]\\d*");
        assertThat(text("overdue")).matches("Overdue: [1-9]\\d*");
        List<String> next = driver.findElements(By.cssSelector("#nextTasks li")).stream().map(WebElement::getText).toList();
        assertThat(next).as("urgent work first").isNotEmpty();
        assertThat(next.get(0)).contains("Urgent");
        assertThat(next).noneMatch(line -> line.matches(".*Due: *$"));

        driver.findElement(By.id("overdue")).click();
        InboxPage inbox = new InboxPage(driver);
        assertThat(inbox.isChecked("inbox:overdue")).as("the overdue link shows the overdue filter").isTrue();
        assertThat(inbox.shows(overdue)).isTrue();
        assertThat(inbox.shows(urgent)).as("the urgent task is not overdue").isFalse();
        assertThat(inbox.everyRowMarked("overdue-marker")).isTrue();

        driver.get(base + "index.xhtml");
        driver.findElement(By.id("urgent")).click();
        inbox = new InboxPage(driver);
        assertThat(inbox.isChecked("inbox:urgent")).isTrue();
        assertThat(inbox.isChecked("inbox:overdue")).isFalse();
        assertThat(inbox.shows(urgent)).isTrue();
        inbox.clearFilter();

        driver.get(base + "inbox/inbox.xhtml?show=everything");
        assertThat(driver.getPageSource()).as("an unknown list is refused in words")
                .contains("That list of tasks does not exist");
    }

    @Test
    void issue11_item5_aMemberOfStaffLandsOnTheirOwnReports() {
        String mine = report(false, "Comments under my photo");
        signIn("staff.riverside");
        assertThat(navigation()).as("no register, no directory, no calendar for staff")
                .doesNotContain("navCases", "navProviders", "navCalendar").contains("navReport", "navMine");
        assertThat(text("latestReports")).contains(mine).contains("Reported");
        driver.findElement(By.linkText(mine)).click();
        assertThat(Settled.text(driver, By.id("caseStatus"), "Reported")).isEqualTo("Reported");
    }

    @Test
    void issue11_item5_aGovernorIsToldWhatTheyCanDoAndSeesNoCaseWork() {
        signIn("governor.riverside");
        assertThat(navigation()).containsExactly("navReport", "navMine");
        assertThat(text("homeGovernor")).contains("never shows you the details of a case")
                .contains("governors' annual report");
        assertThat(text("homeWork")).isEmpty();
    }

    @Test
    void issue11_item5_anLaAdminKeepsTheDirectoryAndOpensASchoolsCalendar() {
        signIn("admin.northshire");
        assertThat(navigation()).containsExactly("navProviders");
        assertThat(text("homeLaAdmin")).contains("never shows you the content of a case");
        driver.findElement(By.id("openCalendar")).click();
        assertThat(Settled.text(driver, By.tagName("h1"), "School closure dates")).isEqualTo("School closure dates");
        assertThat(Settled.present(driver, By.id("closures"))).as("a school's own calendar, not \"no such school\"").isTrue();

        driver.get(base + "index.xhtml");
        driver.findElement(By.id("keepProviders")).click();
        assertThat(Settled.present(driver, By.id("entry:save"))).as("the directory, editable").isTrue();
    }

    @Test
    void issue11_item5_anHrOfficerLandsOnTheirWorkWithTheRegister() {
        signIn("hr.northshire");
        assertThat(navigation()).containsExactly("navCases", "navInbox");
        assertThat(text("homeWork")).contains("Waiting for you:");
        assertThat(text("homeReports")).as("LA staff report through a school").isEmpty();
    }

    /**
     * Issue #13 item 3: an LA admin picks a school by name on the calendar page itself (first school
     * in name order until they pick), sees and changes that school's closures, and no address ever
     * carries a school's number.
     */
    @Test
    void issue13_item3_anLaAdminPicksASchoolByNameOnTheCalendarAndNoAddressNamesASchool() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(3);
        String riversideClosure = "Inset day " + System.nanoTime();
        assertThat(Api.as(base, "head.riverside").post("schools/" + schoolId("Riverside Primary School") + "/closures", """
                {"firstDay":"%s","lastDay":"%s","reason":"%s"}""".formatted(day, day, riversideClosure)).status())
                .isEqualTo(201);
        List<String> addresses = new ArrayList<>();
        AxeAudit axe = new AxeAudit(driver);

        signIn("admin.northshire");
        addresses.add(driver.getCurrentUrl());
        driver.findElement(By.id("openCalendar")).click();
        assertThat(Settled.text(driver, By.tagName("h1"), "School closure dates")).isEqualTo("School closure dates");
        addresses.add(driver.getCurrentUrl());
        Select school = new Select(driver.findElement(By.id("chooseSchool:school")));
        List<String> names = school.getOptions().stream().map(WebElement::getText).toList();
        assertThat(names).as("schools by name, in name order").contains("Riverside Primary School", "Hillview Academy")
                .isSortedAccordingTo(String::compareTo);
        assertThat(driver.findElement(By.cssSelector("label[for='chooseSchool:school']")).getText()).isEqualTo("School");
        assertThat(text("shownSchool")).as("the first school until the admin picks").isEqualTo("Closure dates of " + names.get(0));
        assertThat(axe.check("calendar, as the LA admin")).as("axe-core violations").isEmpty();

        school.selectByVisibleText("Riverside Primary School");
        driver.findElement(By.id("chooseSchool:show")).sendKeys(Keys.ENTER);
        assertThat(Settled.text(driver, By.id("shownSchool"), "Closure dates of Riverside Primary School"))
                .isEqualTo("Closure dates of Riverside Primary School");
        assertThat(Settled.text(driver, By.id("closures:list"), riversideClosure)).contains(riversideClosure);
        addresses.add(driver.getCurrentUrl());
        assertThat(axe.check("calendar, a school picked by name")).as("axe-core violations").isEmpty();

        String added = "Polling station " + System.nanoTime();
        LocalDate closed = day.plusDays(7);
        driver.executeScript("document.getElementById('closures:firstDay').value = arguments[0];"
                + "document.getElementById('closures:lastDay').value = arguments[0];", closed.toString());
        driver.findElement(By.id("closures:reason")).sendKeys(added);
        driver.findElement(By.id("closures:add")).click();
        assertThat(Settled.text(driver, By.id("closures:list"), added)).contains(added).contains(riversideClosure);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM school_closure c JOIN school s ON s.id = c.school_id"
                + " WHERE c.reason = ? AND s.name = 'Riverside Primary School'", added))
                .as("added to the school picked by name").isEqualTo(1);
        assertThat(text("shownSchool")).isEqualTo("Closure dates of Riverside Primary School");
        addresses.add(driver.getCurrentUrl());
        assertThat(axe.check("calendar, a closure added")).as("axe-core violations").isEmpty();
        axe.assertNoSeriousOrCriticalViolations();

        assertThat(addresses).as("addresses seen").noneMatch(address -> address.contains("school="));
        TestDatabase.update("DELETE FROM school_closure WHERE reason IN (?, ?)", riversideClosure, added);
    }

    private static long schoolId(String name) {
        return TestDatabase.count("SELECT id FROM school WHERE name = ?", name);
    }
}
