package org.safecase.oversight.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.safecase.calendar.SchoolCalendar;
import org.safecase.calendar.SchoolDay;
import org.safecase.casefile.IncidentCategory;
import org.safecase.identity.Nation;
import org.safecase.identity.SchoolFacts;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** R-X-4, issue #15 item 4: the LA dashboard compares schools with the same suppression as the report. */
class SchoolComparisonTest {
    private static final SchoolYear YEAR = new SchoolYear(2025);
    private static final SchoolCalendar CALENDAR = new SchoolCalendar(Nation.ENGLAND, List.of(), SchoolDay.DEFAULT);

    /** {@code count} staff cases, reported on Monday 8 September 2025 and triaged {@code days} working days later. */
    private static List<ReportedCase> cases(long school, int count, int days) {
        List<ReportedCase> cases = new ArrayList<>();
        LocalDateTime reported = LocalDateTime.of(2025, 9, 8, 10, 0);
        for (int i = 0; i < count; i++) {
            cases.add(new ReportedCase(school, IncidentCategory.CYBERBULLYING, reported, reported.plusDays(days), null,
                    null, false, false, false, false, 0, 0));
        }
        return cases;
    }

    private static SchoolComparison comparison() {
        Map<SchoolFacts, AnnualFigures> bySchool = new LinkedHashMap<>();
        List<ReportedCase> all = new ArrayList<>();
        int[][] seeded = {{12, 2}, {3, 1}, {8, 3}};
        for (int i = 0; i < seeded.length; i++) {
            List<ReportedCase> cases = cases(i + 1, seeded[i][0], seeded[i][1]);
            all.addAll(cases);
            bySchool.put(new SchoolFacts((long) i + 1, 9L, "School " + (char) ('A' + i), Nation.ENGLAND),
                    AnnualFigures.of(YEAR, cases, List.of(), id -> CALENDAR));
        }
        return SchoolComparison.of(bySchool, AnnualFigures.of(YEAR, all, List.of(), id -> CALENDAR), Locale.UK);
    }

    @Test
    @DisplayName("rx4 item 4: a school's small count is <5 and, against the LA total, the next smallest school's count is hidden too")
    void rx4_item4_schoolsAreSuppressedAgainstTheLaTotal() {
        SchoolComparison comparison = comparison();
        // Staff cases 12, 3, 8; LA 23: the 3 is small, so 23 - 12 - 8 would give it: the 8 is hidden as well.
        assertThat(comparison.rows()).extracting(row -> row.cell(0)).containsExactly("12", "<5", "*");
        assertThat(comparison.total().cell(0)).isEqualTo("23");
        // Medians only for a school whose count is shown: A's 12 cases, each 2 working days (Mon to Wed).
        assertThat(comparison.rows()).extracting(row -> row.cell(2)).containsExactly("2", "-", "-");
        assertThat(comparison.total().cell(2)).as("LA: 12 x 2, 3 x 1, 8 x 3 -> median 2").isEqualTo("2");
        assertThat(comparison.headers()).hasSize(10).startsWith("School");
    }

    @Test
    @DisplayName("rx4 item 4: sorting uses only what is shown: hidden counts never sort by their real value")
    void rx4_item4_sortKeysNeverRevealHiddenCounts() {
        SchoolComparison comparison = comparison();
        assertThat(comparison.rows()).extracting(row -> row.keys().get(0)).containsExactly(12.0, -1.0, -0.5);
    }

    @Test
    @DisplayName("rx4 item 4: the dashboard's CSV and PDF carry the schools' table beside the LA's figures")
    void rx4_item4_dashboardSheetHoldsTheSchoolsTable() {
        SchoolComparison comparison = comparison();
        ReportSheet la = ReportSheets.sheet("All schools", AnnualFigures.of(YEAR, List.of(), List.of(), id -> CALENDAR), Locale.UK);
        ReportSheet sheet = new Dashboard(la, comparison, "Schools compared").asSheet();
        ReportSheet.Section schools = sheet.section("schools");
        assertThat(schools.rows()).extracting(ReportSheet.Row::label).containsExactly("School A", "School B", "School C",
                "Local authority");
        assertThat(schools.row("school-2").cells().get(0)).isEqualTo("<5");
    }
}
