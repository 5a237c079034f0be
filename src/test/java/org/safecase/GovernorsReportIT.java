package org.safecase;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.AxeAudit;
import org.safecase.testing.BrowserJourney;
import org.safecase.testing.Deployments;
import org.safecase.testing.PageSession;
import org.safecase.testing.Settled;
import org.safecase.testing.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15 items 3 and 4 (R-X-4): cases of the school year September 2023 to August 2024 are
 * reported and triaged through the API, moved into that year and completed in the database (closure,
 * satisfaction, escalations, removal requests), with Riverside's half term (23-27 October 2023)
 * as a closure; the page's figures are checked against values worked out by hand, the CSV and PDF
 * against the page; a governor sees the report with its charts and reaches no case; the LA admin
 * sees the dashboard.
 */
class GovernorsReportIT extends BrowserJourney {
    private static final String YEAR = "2023";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern ROW = Pattern.compile("<tr id=\"([A-Za-z]+-[A-Za-z_0-9-]+)\" class=\"report-row\">(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);
    private static List<String> seeded;

    /** What each staff case's first response and closure take, worked out by hand in the comments. */
    private synchronized List<String> seed() {
        if (seeded != null) {
            return seeded;
        }
        long riverside = riverside();
        TestDatabase.update("INSERT INTO school_closure (local_authority_id, school_id, first_day, last_day, reason) "
                + "SELECT local_authority_id, id, '2023-10-23', '2023-10-27', 'Half term' FROM school WHERE id = ?", riverside);
        Api lead = Api.as(base, "lead.riverside");
        List<String> references = new ArrayList<>();
        // reported, triaged, closed (or null)
        String[][] staff = {
                // Mon 4 Sep 10:00 -> Tue 5 Sep: 1; closed Fri 15 Sep: 5-8, 11-15 Sep = 9.
                {"CYBERBULLYING", "2023-09-04 10:00", "2023-09-05 10:00", "2023-09-15 12:00"},
                // Tue 5 Sep -> same day: 0; closed Tue 12 Sep: 6-8, 11-12 = 5.
                {"CYBERBULLYING", "2023-09-05 10:00", "2023-09-05 14:00", "2023-09-12 12:00"},
                // Fri 8 Sep 17:30, after school: counts from Mon 11 Sep; triaged Mon 11 Sep 09:00: 0.
                {"CYBERBULLYING", "2023-09-08 17:30", "2023-09-11 09:00", null},
                // Wed 13 Sep -> Mon 18 Sep: 14, 15, 18 = 3; closed Fri 22 Sep: 14, 15, 18-22 = 7.
                {"CYBERBULLYING", "2023-09-13 10:00", "2023-09-18 10:00", "2023-09-22 12:00"},
                // Fri 29 Sep -> Tue 3 Oct: 2, 3 Oct = 2.
                {"CYBERBULLYING", "2023-09-29 10:00", "2023-10-03 10:00", null},
                // Fri 20 Oct -> Mon 30 Oct across half term: 1; closed Thu 2 Nov: 30, 31 Oct, 1, 2 Nov = 4.
                {"CYBERBULLYING", "2023-10-20 10:00", "2023-10-30 10:00", "2023-11-02 12:00"},
                // Fri 3 May 2024 -> Tue 7 May (Mon 6 May a bank holiday): 1; closed Fri 10 May: 7-10 = 4.
                {"HARMFUL_CONTENT", "2024-05-03 12:00", "2024-05-07 10:00", "2024-05-10 12:00"}};
        for (String[] each : staff) {
            String reference = report(each[0]);
            assertThat(lead.completeTask(reference, "triageByLead", Answers.SIMPLE_TRIAGE).status()).isLessThan(300);
            TestDatabase.update("UPDATE incident SET reported_at = ?, occurred_at = ? - INTERVAL 1 HOUR, closed_at = ? "
                    + "WHERE reference = ?", each[1], each[1], each[3], reference);
            TestDatabase.update("UPDATE triage_record SET recorded_at = ? WHERE incident_id = "
                    + "(SELECT id FROM incident WHERE reference = ?)", each[2], reference);
            TestDatabase.update("UPDATE inbox_task SET due_at = NULL WHERE case_reference = ?", reference);
            references.add(reference);
        }
        String childProtection = report("NUDE_IMAGES");
        TestDatabase.update("UPDATE incident SET reported_at = '2023-11-14 10:00', occurred_at = '2023-11-14 09:00' "
                + "WHERE reference = ?", childProtection);
        TestDatabase.update("UPDATE inbox_task SET due_at = NULL WHERE case_reference = ?", childProtection);
        // One task past its due date (the third case's).
        TestDatabase.update("UPDATE inbox_task SET due_at = NOW(3) - INTERVAL 1 DAY WHERE case_reference = ? "
                + "ORDER BY created_at LIMIT 1", references.get(2));
        // Escalations: 3 on the first case, 2 on the second = 5.
        String[][] escalations = {{"0", "a"}, {"0", "b"}, {"0", "c"}, {"1", "a"}, {"1", "b"}};
        for (String[] each : escalations) {
            record("escalation_record", references.get(Integer.parseInt(each[0])), "esc-" + each[1], "watched_step, told",
                    "'triageByLead', 'HEAD_TEACHER'");
        }
        // Satisfaction: 4 satisfied, 1 not, 1 no answer = 6 asked.
        String[][] satisfaction = {{"0", "TRUE, NULL"}, {"1", "TRUE, NULL"}, {"3", "FALSE, NULL"}, {"5", "TRUE, NULL"},
                {"6", "TRUE, NULL"}, {"4", "NULL, TRUE"}};
        for (String[] each : satisfaction) {
            record("satisfaction_record", references.get(Integer.parseInt(each[0])), "sat", "satisfied, no_answer", each[1]);
        }
        // To the poster: asked 6, removed 5 (2, 5, 0, 1 and 4 working days: median 2), refused 1.
        String[][] removals = {
                {"0", "'2023-09-11', 'REMOVED', '2023-09-13'"},   // Mon -> Wed: 2
                {"1", "'2023-09-12', 'REMOVED', '2023-09-19'"},   // 13-15, 18-19: 5
                {"5", "'2023-10-23', 'REMOVED', '2023-10-30'"},   // half term: counts from Mon 30 Oct: 0
                {"3", "'2023-12-22', 'REMOVED', '2023-12-27'"},   // 25, 26 Dec bank holidays: 27 Dec = 1
                {"4", "'2023-10-02', 'REFUSED', '2023-10-03'"},
                {"4", "'2023-10-02', 'REMOVED', '2023-10-06'"}};  // 3-6 Oct: 4
        int n = 0;
        for (String[] each : removals) {
            record("removal_request", references.get(Integer.parseInt(each[0])), "rr-" + n++, "asked_on, answer, answered_on",
                    each[1]);
        }
        references.add(childProtection);
        seeded = references;
        return seeded;
    }

    private String report(String category) {
        return Api.as(base, "staff.riverside").post("incidents", """
                {"category":"%s","description":"Report for the annual report test","occurredAt":"%s"}
                """.formatted(category, LocalDateTime.now().minusHours(2).withNano(0))).json().getString("reference");
    }

    private static void record(String table, String reference, String key, String columns, String values) {
        TestDatabase.update("INSERT INTO " + table + " (incident_id, row_key, recorded_at, " + columns + ") "
                + "SELECT id, CONCAT(reference, '/rx4/" + key + "'), reported_at, " + values + " FROM incident WHERE reference = ?",
                reference);
    }

    private static long riverside() {
        return TestDatabase.count("SELECT id FROM school WHERE name = 'Riverside Primary School'");
    }

    /** The page's report tables: each row's id to its cells (label first), as shown. */
    private static Map<String, List<String>> tables(String html) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.add(cell.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
                        .replace("&amp;", "&").strip());
            }
            rows.put(row.group(1), cells);
        }
        return rows;
    }

    private static List<String> cells(Map<String, List<String>> tables, String row) {
        List<String> cells = tables.get(row);
        assertThat(cells).as(row).isNotNull();
        return cells.subList(1, cells.size());
    }

    private HttpResponse<byte[]> download(PageSession session, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.root(base) + "oversight/download?" + query))
                .header("Cookie", "JSESSIONID=" + session.sessionId()).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> reportOf(PageSession session) {
        HttpResponse<String> page = session.get("oversight/report.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        return session.submit(page, "choose", Map.of("year", YEAR), "show");
    }

    @Test
    @DisplayName("rx4 item 3: the page's figures of a seeded school year match the hand-computed values; CSV and PDF carry the same")
    void rx4_item3_pageFiguresMatchHandComputedValuesAndTheDownloadsCarryTheSame() throws IOException {
        seed();
        long school = riverside();
        PageSession governor = PageSession.signedInAs(base, "governor.riverside");
        HttpResponse<String> page = reportOf(governor);
        assertThat(page.body()).contains("Riverside Primary School, school year 2023 to 2024");
        Map<String, List<String>> tables = tables(page.body());
        String small = "<5";
        assertThat(cells(tables, "categories-CYBERBULLYING")).as("5 in September, 1 in October: 6")
                .containsExactly("5", small, small, small, small, small, small, small, small, small, small, small, "6");
        assertThat(cells(tables, "categories-HARMFUL_CONTENT")).containsOnly(small);
        assertThat(cells(tables, "categories-TOTAL"))
                .containsExactly("5", small, small, small, small, small, small, small, small, small, small, small, "7");
        assertThat(tables).as("child protection is never broken down").doesNotContainKey("categories-NUDE_IMAGES");
        assertThat(cells(tables, "childProtection-cases")).containsExactly(small);
        // First response 1, 0, 0, 3, 2, 1, 1: median 1, mean 8 / 7 = 1.1. Closure 9, 5, 7, 4, 4: median 5, mean 5.8.
        assertThat(cells(tables, "times-staffResponse")).containsExactly("7", "1", "1.1");
        assertThat(cells(tables, "times-staffClosure")).containsExactly("5", "5", "5.8");
        assertThat(cells(tables, "times-childProtectionReview")).containsExactly(small, "-", "-");
        assertThat(cells(tables, "removals-poster")).as("6 asked, 5 removed = 83%, median 2 working days")
                .containsExactly("6", "5", small, small, small, "83%", "2");
        assertThat(cells(tables, "removals-provider")).containsExactly(small, small, small, small, small, "-", "-");
        assertThat(cells(tables, "referrals-police")).containsExactly(small);
        assertThat(cells(tables, "referrals-escalations")).containsExactly("5");
        assertThat(cells(tables, "referrals-overdue")).containsExactly(small);
        assertThat(cells(tables, "satisfaction-atClosure")).containsExactly(small, small, small, "6");
        assertThat(page.body()).as("aggregates only: no case reference on the page").doesNotContain(seed().get(0));

        String query = "school=" + school + "&year=" + YEAR + "&format=";
        HttpResponse<byte[]> csv = download(governor, query + "csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String csvText = new String(csv.body(), StandardCharsets.UTF_8);
        HttpResponse<byte[]> pdf = download(governor, query + "pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String pdfText;
        try (var document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            pdfText = stripper.getText(document);
        }
        List<String> pdfLines = pdfText.lines().map(String::strip).toList();
        for (var row : tables.entrySet()) {
            String label = row.getValue().get(0);
            List<String> shown = row.getValue().subList(1, row.getValue().size());
            String csvLabel = label.contains(",") ? '"' + label + '"' : label;
            assertThat(csvText).as("CSV " + row.getKey()).contains(csvLabel + "," + String.join(",", shown) + "\r\n");
            assertThat(pdfLines).as("PDF " + row.getKey()).contains(label + " " + String.join(" ", shown));
        }
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'GOVERNORS_REPORT_VIEWED' "
                + "AND subject = ?", "report:school:" + school + ":" + YEAR)).isPositive();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'GOVERNORS_REPORT_DOWNLOADED' "
                + "AND subject IN (?, ?)", "report:school:" + school + ":" + YEAR + ":csv",
                "report:school:" + school + ":" + YEAR + ":pdf")).isEqualTo(2);
    }

    @Test
    @DisplayName("rx4 item 3: only the school's governors, head teacher and LA admins see the report; others are refused in words and audited")
    void rx4_item3_othersAreRefused() {
        long school = riverside();
        HttpResponse<String> head = reportOf(PageSession.signedInAs(base, "head.riverside"));
        assertThat(head.body()).contains("Riverside Primary School, school year 2023 to 2024");
        for (String user : List.of("staff.riverside", "lead.riverside", "dsl.riverside", "hr.northshire")) {
            PageSession session = PageSession.signedInAs(base, user);
            HttpResponse<String> page = session.get("oversight/report.xhtml");
            assertThat(page.statusCode()).as(user).isEqualTo(403);
            assertThat(page.body()).as(user).contains("Only the school's governors and head teacher")
                    .doesNotContain("table-categories");
            assertThat(download(session, "school=" + school + "&year=" + YEAR + "&format=csv").statusCode()).as(user)
                    .isEqualTo(404);
        }
        PageSession otherGovernorsSchool = PageSession.signedInAs(base, "lead.hillview");
        assertThat(download(otherGovernorsSchool, "school=" + school + "&year=" + YEAR + "&format=pdf").statusCode())
                .isEqualTo(404);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_REFUSED' AND subject = ?",
                "report:school:" + school + ":" + YEAR)).isGreaterThanOrEqualTo(5);
        assertThat(PageSession.anonymous(base).get("oversight/report.xhtml").body()).as("signed-in users only")
                .contains("id=\"signIn\"").doesNotContain("table-categories");
        PageSession governor = PageSession.signedInAs(base, "governor.riverside");
        HttpResponse<String> dashboard = governor.get("oversight/dashboard.xhtml");
        assertThat(dashboard.statusCode()).isEqualTo(403);
        assertThat(dashboard.body()).contains("Only the local authority's admins can see the LA dashboard.");
        assertThat(download(governor, "la=true&year=" + YEAR + "&format=csv").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("rx4 item 3: in the browser a governor sees the report with its charts and cannot reach any case")
    void rx4_item3_aGovernorSeesChartsAndReachesNoCase() {
        List<String> references = seed();
        AxeAudit axe = new AxeAudit(driver);
        signInPage().signIn("governor.riverside", Api.PASSWORD);
        Settled.text(driver, By.tagName("h1"), "Home");
        driver.findElement(By.id("governorsReport")).click();
        new Select(driver.findElement(By.id("choose:year"))).selectByValue(YEAR);
        driver.findElement(By.id("choose:show")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportTitle"),
                "2023 to 2024"));
        for (String chart : List.of("monthChart", "categoryChart")) {
            WebElement canvas = new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#" + chart + " canvas")));
            assertThat(canvas.getAttribute("aria-label")).as(chart + ": its text alternative").contains("table");
            assertThat(canvas.getSize().getHeight()).as(chart + " is drawn").isPositive();
        }
        assertThat(driver.findElement(By.id("categories-CYBERBULLYING")).getText()).endsWith("6");
        axe.check("governors' annual report");
        for (String reference : references) {
            driver.get(base + "casefile/case.xhtml?ref=" + reference);
            WebElement refusal = new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("notFound")));
            assertThat(refusal.getText()).as(reference).contains("There is no case with that reference that you can see.");
            assertThat(Api.as(base, "governor.riverside").get("cases/" + reference).status()).isEqualTo(404);
        }
        driver.get(base + "casefile/cases.xhtml");
        assertThat(driver.findElement(By.id("main")).getText()).doesNotContain(references.get(0));
        assertThat(driver.findElements(By.id("navCases"))).isEmpty();
        axe.assertNoSeriousOrCriticalViolations();
    }

    @Test
    @DisplayName("rx4 item 4: in the browser the LA admin sees every school's figures side by side and the LA's, then a cross-school pattern without case text")
    void rx4_item4_theLaAdminSeesTheDashboard() {
        seed();
        AxeAudit axe = new AxeAudit(driver);
        signInPage().signIn("admin.northshire", Api.PASSWORD);
        Settled.text(driver, By.tagName("h1"), "Home");
        driver.findElement(By.id("laDashboard")).click();
        new Select(driver.findElement(By.id("choose:year"))).selectByValue(YEAR);
        driver.findElement(By.id("choose:show")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportTitle"),
                "2023 to 2024"));
        WebElement riverside = driver.findElements(By.cssSelector("#compare\\:schools tbody tr")).stream()
                .filter(row -> row.getText().contains("Riverside Primary School")).findFirst().orElseThrow();
        assertThat(riverside.getText()).contains("7");
        assertThat(driver.findElement(By.id("laTotal")).getText()).contains("Local authority");
        assertThat(driver.findElement(By.id("categories-TOTAL")).getText()).endsWith("7");
        assertThat(driver.findElement(By.id("patternsLink")).getAttribute("href")).endsWith("oversight/patterns.xhtml");
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#monthChart canvas")));
        axe.check("LA dashboard");
        // Item 4: from the dashboard to a cross-school pattern, in the browser: two schools name the same
        // account; the LA admin sees both schools and references, never what either report says.
        String marker = String.valueOf(System.nanoTime());
        String riversideText = "Dashboard canary riverside " + marker;
        String hillviewText = "Dashboard canary hillview " + marker;
        String fromRiverside = reportNaming("staff.riverside", riversideText, "@Dashboard_Troll_" + marker);
        String fromHillview = reportNaming("staff.hillview", hillviewText, "dashboard_troll_" + marker);
        driver.findElement(By.id("patternsLink")).click();
        WebElement pattern = new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("tr.pattern-row")).stream()
                .filter(row -> row.getText().contains(fromRiverside)).findFirst().orElse(null));
        assertThat(pattern.getText()).contains(fromHillview, "Riverside Primary School", "Hillview Academy");
        assertThat(driver.findElement(By.id("main")).getText()).doesNotContain(riversideText, hillviewText, marker);
        axe.check("cross-school patterns, with a pattern");
        axe.assertNoSeriousOrCriticalViolations();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'LA_DASHBOARD_VIEWED' "
                + "AND subject LIKE 'report:la:%:" + YEAR + "'")).isPositive();
    }

    /** Reports an incident naming an account, as {@code user}; its reference. */
    private String reportNaming(String user, String description, String account) {
        Api.Reply reply = Api.as(base, user).post("incidents", """
                {"category":"CYBERBULLYING","description":"%s","occurredAt":"%s","immediateDanger":false,"accountName":"%s"}
                """.formatted(description, LocalDateTime.now().minusHours(1).withNano(0), account));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("reference");
    }
}
