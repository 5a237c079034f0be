package org.safecase.oversight.report;

import org.safecase.casefile.IncidentCategory;
import org.safecase.oversight.report.AnnualFigures.Removals;
import org.safecase.oversight.report.AnnualFigures.Timing;
import org.safecase.oversight.report.ReportSheet.Row;
import org.safecase.oversight.report.ReportSheet.Section;
import org.safecase.oversight.report.Suppression.Mark;
import org.safecase.platform.Messages;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words a year's {@link AnnualFigures} as the {@link ReportSheet} every reader gets, suppressing
 * as it goes ({@link Suppression}): counts under 5 as "&lt;5", a second count "*" where one could be
 * worked out; a median or mean of fewer than 5 cases, and a percentage of a count not shown, as "-".
 */
public final class ReportSheets {
    static final String NOT_SHOWN = "-";

    private ReportSheets() {
    }

    public static ReportSheet sheet(String title, AnnualFigures figures, Locale locale) {
        List<Section> sections = List.of(categories(figures, locale), childProtection(figures, locale),
                times(figures, locale), removals(figures, locale), referrals(figures, locale),
                satisfaction(figures, locale));
        return new ReportSheet(title, sections, List.of(text(locale, "report.note.suppression"),
                text(locale, "report.note.workingDays"), text(locale, "report.note.childProtection"),
                text(locale, "report.note.overdue")));
    }

    /** The category-by-month table's marks: what the page's charts may show (null where hidden). */
    public static Mark[][] categoryMarks(AnnualFigures figures) {
        return Suppression.apply(figures.categoryMonthWithTotals(), true, true);
    }

    static Section categories(AnnualFigures figures, Locale locale) {
        long[][] grid = figures.categoryMonthWithTotals();
        Mark[][] marks = Suppression.apply(grid, true, true);
        List<String> headers = new ArrayList<>();
        headers.add(text(locale, "report.category"));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        for (YearMonth each : figures.year().months()) {
            headers.add(month.format(each));
        }
        headers.add(text(locale, "report.total"));
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < grid.length; r++) {
            boolean total = r == grid.length - 1;
            IncidentCategory category = total ? null : AnnualFigures.STAFF_CATEGORIES.get(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < grid[r].length; c++) {
                cells.add(Suppression.text(grid[r][c], marks[r][c]));
            }
            rows.add(new Row(total ? "TOTAL" : category.name(),
                    total ? text(locale, "report.total") : text(locale, "category." + category.name()), cells));
        }
        return new Section("categories", text(locale, "report.categories.heading"), headers, rows);
    }

    static Section childProtection(AnnualFigures figures, Locale locale) {
        return new Section("childProtection", text(locale, "report.childProtection.heading"),
                List.of(text(locale, "report.figure"), text(locale, "report.number")), List.of(
                single("cases", locale, "report.childProtection.cases", figures.childProtectionCases()),
                single("referred", locale, "report.childProtection.referred", figures.childProtectionReferred()),
                single("handledInSchool", locale, "report.childProtection.handledInSchool",
                        figures.childProtectionHandledInSchool()),
                single("closed", locale, "report.childProtection.closed", figures.childProtectionClosed())));
    }

    static Section times(AnnualFigures figures, Locale locale) {
        return new Section("times", text(locale, "report.times.heading"), List.of(text(locale, "report.figure"),
                text(locale, "report.times.cases"), text(locale, "report.times.median"), text(locale, "report.times.mean")),
                List.of(timing("staffResponse", locale, "report.times.staffResponse", figures.staffResponse()),
                        timing("staffClosure", locale, "report.times.staffClosure", figures.staffClosure()),
                        timing("childProtectionReview", locale, "report.times.childProtectionReview",
                                figures.childProtectionReview()),
                        timing("childProtectionClosure", locale, "report.times.childProtectionClosure",
                                figures.childProtectionClosure())));
    }

    static Section removals(AnnualFigures figures, Locale locale) {
        return new Section("removals", text(locale, "report.removals.heading"), List.of(text(locale, "report.removals.request"),
                text(locale, "report.removals.asked"), text(locale, "report.removals.removed"),
                text(locale, "report.removals.refused"), text(locale, "report.removals.unanswered"),
                text(locale, "report.removals.waiting"), text(locale, "report.removals.success"),
                text(locale, "report.removals.median")),
                List.of(removal("poster", locale, "report.removals.poster", figures.posterRequests()),
                        removal("provider", locale, "report.removals.provider", figures.providerReports())));
    }

    static Section referrals(AnnualFigures figures, Locale locale) {
        return new Section("referrals", text(locale, "report.referrals.heading"),
                List.of(text(locale, "report.figure"), text(locale, "report.number")), List.of(
                single("police", locale, "report.referrals.police", figures.policeReferrals()),
                single("escalations", locale, "report.referrals.escalations", figures.escalations()),
                single("overdue", locale, "report.referrals.overdue", figures.overdueTasks())));
    }

    static Section satisfaction(AnnualFigures figures, Locale locale) {
        long[][] grid = {{figures.satisfied(), figures.notSatisfied(), figures.noAnswer(),
                figures.satisfied() + figures.notSatisfied() + figures.noAnswer()}};
        Mark[][] marks = Suppression.apply(grid, true, false);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < grid[0].length; c++) {
            cells.add(Suppression.text(grid[0][c], marks[0][c]));
        }
        return new Section("satisfaction", text(locale, "report.satisfaction.heading"), List.of(text(locale, "report.figure"),
                text(locale, "report.satisfaction.satisfied"), text(locale, "report.satisfaction.notSatisfied"),
                text(locale, "report.satisfaction.noAnswer"), text(locale, "report.satisfaction.asked")),
                List.of(new Row("atClosure", text(locale, "report.satisfaction.atClosure"), cells)));
    }

    private static Row single(String id, Locale locale, String key, long count) {
        return new Row(id, text(locale, key), List.of(Suppression.text(count, Suppression.single(count))));
    }

    private static Row timing(String id, Locale locale, String key, Timing timing) {
        boolean enough = timing.count() >= Suppression.THRESHOLD;
        return new Row(id, text(locale, key), List.of(Suppression.text(timing.count(), Suppression.single(timing.count())),
                enough ? days(timing.median()) : NOT_SHOWN, enough ? days(timing.mean()) : NOT_SHOWN));
    }

    /** One line: removed, refused, unanswered, waiting and their total (asked), suppressed together. */
    private static Row removal(String id, Locale locale, String key, Removals removals) {
        long[][] grid = {{removals.removed(), removals.refused(), removals.unanswered(), removals.waiting(), removals.asked()}};
        Mark[][] marks = Suppression.apply(grid, true, false);
        List<String> cells = new ArrayList<>();
        cells.add(Suppression.text(removals.asked(), marks[0][4]));
        for (int c = 0; c < 4; c++) {
            cells.add(Suppression.text(grid[0][c], marks[0][c]));
        }
        boolean rate = marks[0][0] == Mark.SHOWN && marks[0][4] == Mark.SHOWN;
        cells.add(rate ? Math.round(100.0 * removals.removed() / removals.asked()) + "%" : NOT_SHOWN);
        Timing timing = removals.toRemoval();
        cells.add(timing.count() >= Suppression.THRESHOLD ? days(timing.median()) : NOT_SHOWN);
        return new Row(id, text(locale, key), cells);
    }

    /** Working days with at most one decimal: "2", "2.5", "3.3". */
    static String days(Double value) {
        if (value == null) {
            return NOT_SHOWN;
        }
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
