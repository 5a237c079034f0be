package org.safecase.oversight.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.FormProblems;
import org.safecase.platform.Messages;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code oversight/report.xhtml}: the governors' annual report (issue #15 item 3, R-X-4) of
 * the caller's school, or of the school an LA admin picks, for the school year picked (this one
 * until they pick). The school shown is kept in the view's state. Anyone who may read no school's
 * report is refused in words on the page (403).
 */
@Named
@ViewScoped
public class GovernorsReportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient GovernorsReports reports;
    @Inject
    transient Caller caller;
    @Inject
    transient Authorisation authorisation;
    @Inject
    transient Messages messages;

    private Map<Long, String> schools = Map.of();
    private Map<Integer, String> years = Map.of();
    private Long chosenSchool;
    private Integer chosenYear;
    private Long schoolId;
    private int year;
    private ReportSheet sheet;
    private String monthChart;
    private String categoryChart;
    private final FormProblems problems = new FormProblems();

    public void load() {
        try {
            authorisation.requireMayReadGovernorsReports(caller);
            schools = new LinkedHashMap<>(reports.schoolsFor(caller));
            if (schools.isEmpty()) {
                return; // an LA admin of an authority with no schools yet: nothing to report on
            }
            Map<Integer, String> offered = new LinkedHashMap<>();
            reports.years().forEach(each -> offered.put(each.startYear(), each.label(org.safecase.platform.Locales.current())));
            years = offered;
            chosenSchool = schools.keySet().iterator().next();
            chosenYear = years.keySet().iterator().next();
            show();
        } catch (RuntimeException e) {
            problems.refusePage(e);
        }
    }

    /** Shows the school and year picked; a school the caller may not see is refused in words. */
    public void show() {
        try {
            ReportSheet shown = reports.report(caller, chosenSchool, new SchoolYear(chosenYear));
            schoolId = chosenSchool;
            year = chosenYear;
            sheet = shown;
            monthChart = ReportCharts.byMonth(shown, messages.get("report.chart.byMonth"));
            categoryChart = ReportCharts.byCategory(shown, messages.get("report.chart.byCategory"));
        } catch (RuntimeException e) {
            problems.show(e);
        }
    }

    public String getRefused() {
        return problems.pageRefusal();
    }

    public ReportSheet getSheet() {
        return sheet;
    }

    public List<ReportSheet.Section> getSections() {
        return sheet == null ? List.of() : sheet.sections();
    }

    public String getMonthChart() {
        return monthChart;
    }

    public String getCategoryChart() {
        return categoryChart;
    }

    /** The CSV or PDF of the report shown, relative to the application. */
    public String download(String format) {
        return "oversight/download?school=" + schoolId + "&year=" + year + "&format=" + format;
    }

    public boolean isChoosingSchool() {
        return schools.size() > 1;
    }

    public Map<Long, String> getSchools() {
        return schools;
    }

    public Map<Integer, String> getYears() {
        return years;
    }

    public Long getChosenSchool() {
        return chosenSchool;
    }

    public void setChosenSchool(Long chosenSchool) {
        this.chosenSchool = chosenSchool;
    }

    public Integer getChosenYear() {
        return chosenYear;
    }

    public void setChosenYear(Integer chosenYear) {
        this.chosenYear = chosenYear;
    }
}
