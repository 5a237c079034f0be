package org.safecase.oversight.report;

import org.safecase.identity.SchoolFacts;
import org.safecase.oversight.report.Suppression.Mark;
import org.safecase.platform.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue #15 item 4: every school's key figures of a year side by side, with the LA's total in the
 * last row, so that schools can be compared. Each count column is suppressed as one line with the
 * LA total ({@link Suppression}: under 5 "&lt;5", and a second school's count "*" where one hidden
 * count could be worked out from the total). A median is shown only for at least 5 cases and only
 * where the school's count of staff cases is shown. Sorting uses what is shown, never a hidden
 * value: "&lt;5" sorts below every shown count, "*" between them.
 *
 * @param headers the column headings, school first
 * @param rows    one row per school, in name order
 * @param total   the local authority's row
 */
public record SchoolComparison(List<String> headers, List<SchoolRow> rows, SchoolRow total) implements Serializable {
    /** The count columns, in the grid's order. */
    private static final int STAFF = 0;
    private static final int CHILD_PROTECTION = 1;
    private static final int POLICE = 2;
    private static final int ESCALATIONS = 3;
    private static final int REMOVED = 4;
    private static final int SATISFIED = 5;
    private static final int OVERDUE = 6;
    private static final int COUNTS = 7;

    /**
     * One school (or the LA): its cells as shown and, for sorting, a key per cell.
     *
     * @param keys a sort key per cell (the number shown; -1 for "&lt;5" and "-", -0.5 for "*")
     */
    public record SchoolRow(long schoolId, String school, List<String> cells, List<Double> keys) implements Serializable {
        public String cell(int column) {
            return cells.get(column);
        }
    }

    static SchoolComparison of(Map<SchoolFacts, AnnualFigures> bySchool, AnnualFigures whole, Locale locale) {
        List<SchoolFacts> schools = new ArrayList<>(bySchool.keySet());
        long[][] grid = new long[schools.size() + 1][COUNTS];
        for (int r = 0; r < schools.size(); r++) {
            long[] counts = counts(bySchool.get(schools.get(r)));
            for (int c = 0; c < COUNTS; c++) {
                grid[r][c] = counts[c];
                grid[schools.size()][c] += counts[c];
            }
        }
        Mark[][] marks = Suppression.apply(grid, false, true);
        List<SchoolRow> rows = new ArrayList<>();
        for (int r = 0; r < schools.size(); r++) {
            SchoolFacts school = schools.get(r);
            rows.add(row(school.id(), school.name(), grid[r], marks[r], bySchool.get(school)));
        }
        SchoolRow total = row(0, Messages.text(locale, "report.dashboard.laTotal"), grid[schools.size()],
                marks[schools.size()], whole);
        List<String> headers = List.of(Messages.text(locale, "report.dashboard.school"),
                Messages.text(locale, "report.dashboard.staffCases"),
                Messages.text(locale, "report.dashboard.childProtectionCases"),
                Messages.text(locale, "report.dashboard.medianResponse"),
                Messages.text(locale, "report.dashboard.medianClosure"),
                Messages.text(locale, "report.dashboard.police"),
                Messages.text(locale, "report.dashboard.escalations"),
                Messages.text(locale, "report.dashboard.removed"),
                Messages.text(locale, "report.dashboard.satisfied"),
                Messages.text(locale, "report.dashboard.overdue"));
        return new SchoolComparison(headers, rows, total);
    }

    private static long[] counts(AnnualFigures figures) {
        long[] counts = new long[COUNTS];
        counts[STAFF] = figures.staffCases();
        counts[CHILD_PROTECTION] = figures.childProtectionCases();
        counts[POLICE] = figures.policeReferrals();
        counts[ESCALATIONS] = figures.escalations();
        counts[REMOVED] = figures.posterRequests().removed() + figures.providerReports().removed();
        counts[SATISFIED] = figures.satisfied();
        counts[OVERDUE] = figures.overdueTasks();
        return counts;
    }

    private static SchoolRow row(long id, String name, long[] counts, Mark[] marks, AnnualFigures figures) {
        List<String> cells = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        count(cells, keys, counts[STAFF], marks[STAFF]);
        count(cells, keys, counts[CHILD_PROTECTION], marks[CHILD_PROTECTION]);
        boolean staffShown = marks[STAFF] == Mark.SHOWN;
        median(cells, keys, staffShown, figures.staffResponse());
        median(cells, keys, staffShown, figures.staffClosure());
        for (int c : new int[]{POLICE, ESCALATIONS, REMOVED, SATISFIED, OVERDUE}) {
            count(cells, keys, counts[c], marks[c]);
        }
        return new SchoolRow(id, name, List.copyOf(cells), List.copyOf(keys));
    }

    private static void count(List<String> cells, List<Double> keys, long count, Mark mark) {
        cells.add(Suppression.text(count, mark));
        keys.add(switch (mark) {
            case SHOWN -> (double) count;
            case SMALL -> -1.0;
            case HIDDEN -> -0.5;
        });
    }

    private static void median(List<String> cells, List<Double> keys, boolean shown, AnnualFigures.Timing timing) {
        boolean enough = shown && timing.count() >= Suppression.THRESHOLD;
        cells.add(enough ? ReportSheets.days(timing.median()) : ReportSheets.NOT_SHOWN);
        keys.add(enough ? timing.median() : -1.0);
    }

    /** The comparison as a table of a {@link ReportSheet} (CSV, PDF): schools, then the LA's row. */
    ReportSheet.Section asSection(String heading) {
        List<ReportSheet.Row> sheetRows = new ArrayList<>();
        rows.forEach(row -> sheetRows.add(new ReportSheet.Row("school-" + row.schoolId(), row.school(), row.cells())));
        sheetRows.add(new ReportSheet.Row("LA", total.school(), total.cells()));
        return new ReportSheet.Section("schools", heading, headers, sheetRows);
    }
}
