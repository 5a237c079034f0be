package org.safecase.oversight.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.platform.FormProblems;
import org.safecase.platform.Messages;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code oversight/dashboard.xhtml} (issue #15 item 4): an LA admin's figures of a school
 * year across the local authority, its schools compared in a paged, sortable table, and the
 * LA's CSV and PDF. Anyone else is refused in words on the page (403).
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Schools per page of the comparison (an LA may have 500). */
    public static final int ROWS = 25;

    @Inject
    transient GovernorsReports reports;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private Map<Integer, String> years = Map.of();
    private Integer chosenYear;
    private int year;
    private Dashboard dashboard;
    private String monthChart;
    private String categoryChart;
    private final FormProblems problems = new FormProblems();

    public void load() {
        try {
            Map<Integer, String> offered = new LinkedHashMap<>();
            reports.years().forEach(each -> offered.put(each.startYear(), each.label(org.safecase.platform.Locales.current())));
            years = offered;
            chosenYear = years.keySet().iterator().next();
            show(reports.dashboard(caller, new SchoolYear(chosenYear)));
        } catch (RuntimeException e) {
            problems.refusePage(e);
        }
    }

    public void showChosen() {
        try {
            show(reports.dashboard(caller, new SchoolYear(chosenYear)));
        } catch (RuntimeException e) {
            problems.show(e);
        }
    }

    private void show(Dashboard shown) {
        dashboard = shown;
        year = chosenYear;
        monthChart = ReportCharts.byMonth(shown.localAuthority(), messages.get("report.chart.byMonth"));
        categoryChart = ReportCharts.byCategory(shown.localAuthority(), messages.get("report.chart.byCategory"));
    }

    public String getRefused() {
        return problems.pageRefusal();
    }

    public List<ReportSheet.Section> getSections() {
        return dashboard == null ? List.of() : dashboard.localAuthority().sections();
    }

    public SchoolComparison getSchools() {
        return dashboard == null ? null : dashboard.schools();
    }

    public String getTitle() {
        return dashboard == null ? "" : dashboard.localAuthority().title();
    }

    public String getMonthChart() {
        return monthChart;
    }

    public String getCategoryChart() {
        return categoryChart;
    }

    public String download(String format) {
        return "oversight/download?la=true&year=" + year + "&format=" + format;
    }

    public int getRows() {
        return ROWS;
    }

    public Map<Integer, String> getYears() {
        return years;
    }

    public Integer getChosenYear() {
        return chosenYear;
    }

    public void setChosenYear(Integer chosenYear) {
        this.chosenYear = chosenYear;
    }
}
