package org.safecase.oversight.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.safecase.calendar.ClosurePeriod;
import org.safecase.calendar.SchoolCalendar;
import org.safecase.calendar.SchoolDay;
import org.safecase.casefile.IncidentCategory;
import org.safecase.identity.Nation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safecase.casefile.IncidentCategory.CYBERBULLYING;
import static org.safecase.casefile.IncidentCategory.HARMFUL_CONTENT;
import static org.safecase.casefile.IncidentCategory.IMPERSONATION;
import static org.safecase.casefile.IncidentCategory.NUDE_IMAGES;
import static org.safecase.casefile.IncidentCategory.PHONE_ABUSE;

/**
 * R-X-4, issue #15 item 3: a seeded school year (September 2025 to August 2026, a school in
 * England with a half-term closure 27-31 October 2025) whose figures are worked out by hand in the
 * comments, against what the report computes and shows.
 */
class AnnualFiguresTest {
    private static final SchoolYear YEAR = new SchoolYear(2025);
    private static final SchoolCalendar CALENDAR = new SchoolCalendar(Nation.ENGLAND,
            List.of(new ClosurePeriod(LocalDate.of(2025, 10, 27), LocalDate.of(2025, 10, 31))), SchoolDay.DEFAULT);

    private static LocalDateTime at(int y, int m, int d, int h) {
        return LocalDateTime.of(y, m, d, h, 0);
    }

    private static ReportedCase staff(IncidentCategory category, LocalDateTime reported, LocalDateTime response,
                                      LocalDateTime closed, Boolean satisfied, boolean noAnswer, boolean police,
                                      int escalations, int overdue) {
        return new ReportedCase(1, category, reported, response, closed, satisfied, noAnswer, police, false, false,
                escalations, overdue);
    }

    private static ReportedCase childProtection(LocalDateTime reported, LocalDateTime review, LocalDateTime closed,
                                                boolean referred, boolean handledInSchool, int escalations) {
        return new ReportedCase(1, NUDE_IMAGES, reported, review, closed, null, false, false, referred, handledInSchool,
                escalations, 0);
    }

    private static RemovalAttempt poster(LocalDate asked, String outcome, LocalDate answered) {
        return new RemovalAttempt(1, false, asked, outcome, answered);
    }

    private static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    /** The seeded year; each case's working days worked out by hand beside it. */
    static List<ReportedCase> cases() {
        List<ReportedCase> cases = new ArrayList<>();
        // Reported Fri 24 Oct; half term Mon 27 - Fri 31 Oct; triaged Mon 3 Nov: 1 day. Closed Fri 7 Nov: 3..7 Nov = 5.
        cases.add(staff(CYBERBULLYING, at(2025, 10, 24, 10), at(2025, 11, 3, 9), at(2025, 11, 7, 12), true, false, true, 0, 0));
        // Reported Fri 1 May; Mon 4 May is a bank holiday; triaged Tue 5 May: 1 day. Closed Fri 15 May: 5-8, 11-15 May = 9.
        cases.add(staff(CYBERBULLYING, at(2026, 5, 1, 15), at(2026, 5, 5, 10), at(2026, 5, 15, 12), false, false, false, 0, 0));
        // Reported Sat 6 Dec: counts from Mon 8 Dec; triaged Mon 8 Dec: 0. Closed Wed 10 Dec: 2. No answer at closure.
        cases.add(staff(CYBERBULLYING, at(2025, 12, 6, 10), at(2025, 12, 8, 9), at(2025, 12, 10, 12), null, true, false, 0, 0));
        // Reported Mon 8 Sep, triaged Wed 10 Sep: 2. Closed Mon 22 Sep: 9-12, 15-19, 22 Sep = 10.
        cases.add(staff(CYBERBULLYING, at(2025, 9, 8, 9), at(2025, 9, 10, 9), at(2025, 9, 22, 12), true, false, false, 0, 0));
        // Reported Tue 9 Sep at 17:00, after school: counts from Wed 10 Sep; triaged Wed 10 Sep 09:00: 0. One deadline missed, one task overdue.
        cases.add(staff(CYBERBULLYING, at(2025, 9, 9, 17), at(2025, 9, 10, 9), null, null, false, false, 1, 1));
        // Reported Wed 10 Sep, triaged Thu 11 Sep: 1.
        cases.add(staff(CYBERBULLYING, at(2025, 9, 10, 11), at(2025, 9, 11, 9), null, null, false, false, 0, 0));
        // Reported Thu 11 Sep, triaged Fri 19 Sep: 12, 15-19 Sep = 6. Two deadlines missed.
        cases.add(staff(CYBERBULLYING, at(2025, 9, 11, 10), at(2025, 9, 19, 10), null, null, false, false, 2, 0));
        // Reported Mon 22 Dec, triaged Fri 2 Jan: 23, 24 Dec (25, 26 Dec bank holidays), 29, 30, 31 Dec (1 Jan bank holiday), 2 Jan = 6. Three missed.
        cases.add(staff(HARMFUL_CONTENT, at(2025, 12, 22, 10), at(2026, 1, 2, 10), null, null, false, false, 3, 0));
        // Reported Mon 13 Jul, not yet triaged.
        cases.add(staff(IMPERSONATION, at(2026, 7, 13, 10), null, null, null, false, false, 0, 0));
        // Reported Mon 31 Aug 2026, the year's last day (a bank holiday): in the year, in August.
        cases.add(staff(PHONE_ABUSE, at(2026, 8, 31, 10), null, null, null, false, false, 0, 0));
        // Outside the year: Fri 29 Aug 2025 and Tue 1 Sep 2026 are not counted.
        cases.add(staff(CYBERBULLYING, at(2025, 8, 29, 10), at(2025, 9, 1, 9), null, null, false, true, 5, 5));
        cases.add(staff(CYBERBULLYING, at(2026, 9, 1, 10), null, null, null, false, true, 5, 5));
        // Child protection: reported Mon 3 Nov 09:00, DSL's review 14:00 the same day: 0; closed Fri 14 Nov: 4-7, 10-14 Nov = 9; referred; one missed.
        cases.add(childProtection(at(2025, 11, 3, 9), at(2025, 11, 3, 14), at(2025, 11, 14, 12), true, false, 1));
        // Reported Fri 31 Oct, in half term: counts from Mon 3 Nov; reviewed Tue 4 Nov: 1; handled in school.
        cases.add(childProtection(at(2025, 10, 31, 12), at(2025, 11, 4, 10), null, false, true, 0));
        Collections.shuffle(cases, new java.util.Random(4));
        return cases;
    }

    static List<RemovalAttempt> attempts() {
        return List.of(
                // Asked Mon 27 Oct (half term): counts from Mon 3 Nov; removed Mon 3 Nov: 0.
                poster(day(2025, 10, 27), "REMOVED", day(2025, 11, 3)),
                // Asked Mon 8 Sep, removed Fri 12 Sep: 4.
                poster(day(2025, 9, 8), "REMOVED", day(2025, 9, 12)),
                // Asked Wed 24 Dec, removed Fri 2 Jan: 29, 30, 31 Dec, 2 Jan = 4 (25, 26 Dec and 1 Jan are bank holidays).
                poster(day(2025, 12, 24), "REMOVED", day(2026, 1, 2)),
                // Asked Mon 15 Sep, removed Wed 17 Sep: 2.
                poster(day(2025, 9, 15), "REMOVED", day(2025, 9, 17)),
                poster(day(2025, 9, 15), "REFUSED", day(2025, 9, 16)),
                poster(day(2025, 9, 16), "IGNORED", day(2025, 9, 23)),
                poster(day(2025, 9, 17), null, null),
                // Asked Wed 1 Oct, removed Fri 3 Oct: 2.
                poster(day(2025, 10, 1), "REMOVED", day(2025, 10, 3)),
                new RemovalAttempt(1, true, day(2025, 9, 8), "REMOVED", day(2025, 9, 10)),
                new RemovalAttempt(1, true, day(2025, 9, 9), "NO_REPLY", null),
                new RemovalAttempt(1, true, day(2025, 9, 10), "SENT", null));
    }

    private static AnnualFigures figures() {
        return AnnualFigures.of(YEAR, cases(), attempts(), school -> CALENDAR);
    }

    @Test
    @DisplayName("rx4 item 3: working days between report and answer skip weekends, a half-term closure and bank holidays")
    void rx4_item3_workingDaysSkipHalfTermAndBankHolidays() {
        assertThat(CALENDAR.workingDaysBetween(at(2025, 10, 24, 10), at(2025, 11, 3, 9))).isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(at(2026, 5, 1, 15), at(2026, 5, 5, 10))).isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(at(2025, 12, 6, 10), at(2025, 12, 8, 9))).isZero();
        assertThat(CALENDAR.workingDaysBetween(at(2025, 9, 9, 17), at(2025, 9, 10, 9))).isZero();
        assertThat(CALENDAR.workingDaysBetween(at(2025, 12, 22, 10), at(2026, 1, 2, 10))).isEqualTo(6);
        assertThat(CALENDAR.workingDaysBetween(at(2025, 9, 10, 10), at(2025, 9, 9, 10))).as("never negative").isZero();
    }

    @Test
    @DisplayName("rx4 item 3: the seeded year's figures match the hand-computed values")
    void rx4_item3_seededYearMatchesHandComputedFigures() {
        AnnualFigures figures = figures();
        assertThat(figures.staffCases()).isEqualTo(10);
        long[][] grid = figures.categoryMonthWithTotals();
        // Cyberbullying: Sep 4, Oct 1, Dec 1, May 1 = 7.
        assertThat(grid[0]).containsExactly(4, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 7);
        assertThat(grid[1]).as("harmful content: December").containsExactly(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(grid[2]).as("impersonation: July").containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1);
        assertThat(grid[3]).as("phone abuse: 31 August").containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1);
        assertThat(grid[6]).as("month totals").containsExactly(4, 1, 0, 2, 0, 0, 0, 0, 1, 0, 1, 1, 10);
        // First response: 1, 1, 0, 2, 0, 1, 6, 6 -> sorted 0 0 1 1 1 2 6 6: median 1, mean 17 / 8 = 2.125.
        assertThat(figures.staffResponse().days()).containsExactly(0L, 0L, 1L, 1L, 1L, 2L, 6L, 6L);
        assertThat(figures.staffResponse().median()).isEqualTo(1.0);
        assertThat(figures.staffResponse().mean()).isEqualTo(2.125);
        assertThat(figures.staffClosure().days()).containsExactly(2L, 5L, 9L, 10L);
        assertThat(figures.childProtectionCases()).isEqualTo(2);
        assertThat(figures.childProtectionReview().days()).containsExactly(0L, 1L);
        assertThat(figures.childProtectionClosure().days()).containsExactly(9L);
        assertThat(figures.childProtectionReferred()).isEqualTo(1);
        assertThat(figures.childProtectionHandledInSchool()).isEqualTo(1);
        assertThat(figures.policeReferrals()).isEqualTo(1);
        assertThat(figures.escalations()).as("1 + 2 + 3 + 1 (child protection)").isEqualTo(7);
        assertThat(figures.overdueTasks()).isEqualTo(1);
        assertThat(new long[]{figures.satisfied(), figures.notSatisfied(), figures.noAnswer()}).containsExactly(2, 1, 1);
        AnnualFigures.Removals poster = figures.posterRequests();
        assertThat(new long[]{poster.asked(), poster.removed(), poster.refused(), poster.unanswered(), poster.waiting()})
                .containsExactly(8, 5, 1, 1, 1);
        // To removal: 0, 4, 4, 2, 2 -> median 2.
        assertThat(poster.toRemoval().days()).containsExactly(0L, 2L, 2L, 4L, 4L);
        AnnualFigures.Removals provider = figures.providerReports();
        assertThat(new long[]{provider.asked(), provider.removed(), provider.refused(), provider.unanswered(), provider.waiting()})
                .containsExactly(3, 1, 0, 1, 1);
    }

    @Test
    @DisplayName("rx4 item 3: the report shows the seeded year suppressed: <5 for small counts, child protection as totals only")
    void rx4_item3_theSheetShowsTheSeededYearSuppressed() {
        ReportSheet sheet = ReportSheets.sheet("Riverside, 2025 to 2026", figures(), Locale.UK);
        ReportSheet.Section categories = sheet.section("categories");
        assertThat(categories.headers()).hasSize(14);
        assertThat(categories.headers().get(1)).startsWith("Sep").endsWith("2025");
        assertThat(categories.headers().get(12)).startsWith("Aug").endsWith("2026");
        assertThat(categories.row(CYBERBULLYING.name()).cells())
                .containsExactly("<5", "<5", "<5", "<5", "<5", "<5", "<5", "<5", "<5", "<5", "<5", "<5", "7");
        assertThat(categories.row("TOTAL").cells())
                .containsExactly("<5", "<5", "<5", "<5", "<5", "<5", "<5", "<5", "<5", "<5", "<5", "<5", "10");
        assertThat(categories.rows()).as("no child-protection row in the breakdown").hasSize(7)
                .noneMatch(row -> row.id().equals(NUDE_IMAGES.name()));
        assertThat(sheet.section("childProtection").rows()).extracting(row -> row.cells().get(0))
                .containsExactly("<5", "<5", "<5", "<5");
        ReportSheet.Section times = sheet.section("times");
        assertThat(times.rows().get(0).cells()).as("8 cases, median 1, mean 2.1").containsExactly("8", "1", "2.1");
        assertThat(times.rows().get(1).cells()).as("4 closed: too few to show").containsExactly("<5", "-", "-");
        assertThat(times.rows().get(2).cells()).containsExactly("<5", "-", "-");
        ReportSheet.Section removals = sheet.section("removals");
        // Asked 8, removed 5, refused 1, no answer 1, waiting 1: 5 of 8 = 62.5% -> 63%; median 2 days.
        assertThat(removals.rows().get(0).cells()).containsExactly("8", "5", "<5", "<5", "<5", "63%", "2");
        assertThat(removals.rows().get(1).cells()).containsExactly("<5", "<5", "<5", "<5", "<5", "-", "-");
        assertThat(sheet.section("referrals").rows()).extracting(row -> row.cells().get(0)).containsExactly("<5", "7", "<5");
        assertThat(sheet.section("satisfaction").rows().get(0).cells()).containsExactly("<5", "<5", "<5", "<5");
    }

    @Test
    @DisplayName("rx4 item 3: a chart never shows a count the table hides")
    void rx4_item3_chartsLeaveHiddenCountsOut() {
        ReportSheet sheet = ReportSheets.sheet("Riverside", figures(), Locale.UK);
        String byCategory = ReportCharts.byCategory(sheet, "Staff cases by category");
        assertThat(byCategory).contains("\"data\":[7,null,null,null,null,null]").contains("\"type\":\"bar\"");
        assertThat(ReportCharts.byMonth(sheet, "Each month")).contains("\"data\":[null,null,null,null,null,null,null,null,null,null,null,null]");
    }
}
