package org.safecase.oversight.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.safecase.calendar.SchoolCalendar;
import org.safecase.calendar.SchoolCalendars;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.identity.SchoolFacts;
import org.safecase.identity.Schools;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.Locales;
import org.safecase.platform.Messages;
import org.safecase.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The boundary of issue #15 items 3 and 4 (R-X-4): the governors' annual report of a school and
 * the LA dashboard, as pages, CSV and PDF. Every question of who may see goes to
 * {@link Authorisation}; every view and download is in the audit trail (and every refusal, in a
 * transaction of its own). Only aggregates leave this class: no name, no case text, no reference.
 */
@ApplicationScoped
@Transactional
public class GovernorsReports {
    /** How many school years back a report may be chosen from (this year included). */
    static final int YEARS_OFFERED = 6;

    /** CSV or PDF. */
    public enum Format {
        CSV, PDF
    }

    @Inject
    ReportFacts facts;
    @Inject
    Schools schools;
    @Inject
    SchoolCalendars calendars;
    @Inject
    Authorisation authorisation;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** The school years offered, newest first. */
    public List<SchoolYear> years() {
        return SchoolYear.recent(LocalDate.now(clock), YEARS_OFFERED);
    }

    /**
     * The schools whose report the caller may read, id to name in name order: a governor's or
     * head teacher's own school; an LA admin's every school of their local authority; nobody
     * else's (empty).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> schoolsFor(Caller caller) {
        Map<Long, String> choices = new LinkedHashMap<>();
        if (caller.schoolId() != null) {
            SchoolFacts own = schools.facts(caller.schoolId());
            if (authorisation.mayReadGovernorsReport(caller, own)) {
                choices.put(own.id(), own.name());
            }
            return choices;
        }
        if (authorisation.mayReadLaDashboard(caller)) {
            facts.schoolsOf(caller.localAuthorityId()).forEach(school -> choices.put(school.id(), school.name()));
        }
        return choices;
    }

    /** The school's report of the year as every reader gets it; audited as a view. */
    public ReportSheet report(Caller caller, Long schoolId, SchoolYear year) {
        SchoolFacts school = allowedSchool(caller, schoolId, year);
        ReportSheet sheet = sheetOf(school, year, Locales.current());
        audit.record(caller.userId(), school.id(), AuditAction.GOVERNORS_REPORT_VIEWED, subject(school, year));
        return sheet;
    }

    /** The same report as CSV or PDF; audited as a download. */
    public byte[] download(Caller caller, Long schoolId, SchoolYear year, Format format) {
        SchoolFacts school = allowedSchool(caller, schoolId, year);
        ReportSheet sheet = sheetOf(school, year, Locales.current());
        audit.record(caller.userId(), school.id(), AuditAction.GOVERNORS_REPORT_DOWNLOADED,
                subject(school, year) + ":" + format.name().toLowerCase(Locale.ROOT));
        return render(sheet, format);
    }

    /**
     * The LA dashboard of a school year: the LA's figures (the report's, across every school) and
     * every school's key figures side by side. LA admins only; audited as a view.
     */
    public Dashboard dashboard(Caller caller, SchoolYear year) {
        authorisation.requireMayReadLaDashboard(caller);
        Dashboard dashboard = dashboardOf(caller.localAuthorityId(), year, Locales.current());
        audit.record(caller.userId(), null, AuditAction.LA_DASHBOARD_VIEWED, laSubject(caller, year));
        return dashboard;
    }

    /** The LA's figures and the schools' comparison as CSV or PDF; audited as a download. */
    public byte[] dashboardDownload(Caller caller, SchoolYear year, Format format) {
        authorisation.requireMayReadLaDashboard(caller);
        Dashboard dashboard = dashboardOf(caller.localAuthorityId(), year, Locales.current());
        audit.record(caller.userId(), null, AuditAction.LA_DASHBOARD_DOWNLOADED,
                laSubject(caller, year) + ":" + format.name().toLowerCase(Locale.ROOT));
        return render(dashboard.asSheet(), format);
    }

    private static byte[] render(ReportSheet sheet, Format format) {
        return format == Format.CSV ? ReportCsv.of(sheet) : ReportPdf.of(sheet);
    }

    /** The school, if the caller may read its report; otherwise not found, and the refusal audited. */
    private SchoolFacts allowedSchool(Caller caller, Long schoolId, SchoolYear year) {
        SchoolFacts school;
        try {
            school = schools.facts(schoolId);
            authorisation.requireMayReadGovernorsReport(caller, school);
        } catch (NotFoundException refused) {
            audit.recordRefusal(caller.userId(), caller.schoolId(), "report:school:" + schoolId + ":" + year.startYear());
            throw refused;
        }
        return school;
    }

    private ReportSheet sheetOf(SchoolFacts school, SchoolYear year, Locale locale) {
        LocalDateTime now = LocalDateTime.now(clock);
        SchoolCalendar calendar = calendars.forPeriod(school.localAuthorityId(), year.firstDay(), LocalDate.now(clock))
                .apply(school);
        AnnualFigures figures = AnnualFigures.of(year, facts.casesOfSchool(school.id(), year, now),
                facts.attemptsOfSchool(school.id(), year), id -> calendar);
        return ReportSheets.sheet(Messages.text(locale, "report.sheet.title", school.name(), year.label(locale)), figures, locale);
    }

    private Dashboard dashboardOf(Long localAuthorityId, SchoolYear year, Locale locale) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<SchoolFacts> laSchools = facts.schoolsOf(localAuthorityId);
        var calendarOf = calendars.forPeriod(localAuthorityId, year.firstDay(), LocalDate.now(clock));
        Map<Long, SchoolCalendar> calendarsById = new HashMap<>();
        laSchools.forEach(school -> calendarsById.put(school.id(), calendarOf.apply(school)));
        List<ReportedCase> cases = facts.casesOfLocalAuthority(localAuthorityId, year, now);
        List<RemovalAttempt> attempts = facts.attemptsOfLocalAuthority(localAuthorityId, year);
        AnnualFigures whole = AnnualFigures.of(year, cases, attempts, calendarsById::get);
        Map<Long, List<ReportedCase>> casesBySchool = new HashMap<>();
        cases.forEach(each -> casesBySchool.computeIfAbsent(each.schoolId(), id -> new java.util.ArrayList<>()).add(each));
        Map<Long, List<RemovalAttempt>> attemptsBySchool = new HashMap<>();
        attempts.forEach(each -> attemptsBySchool.computeIfAbsent(each.schoolId(), id -> new java.util.ArrayList<>()).add(each));
        Map<SchoolFacts, AnnualFigures> bySchool = new LinkedHashMap<>();
        for (SchoolFacts school : laSchools) {
            bySchool.put(school, AnnualFigures.of(year, casesBySchool.getOrDefault(school.id(), List.of()),
                    attemptsBySchool.getOrDefault(school.id(), List.of()), calendarsById::get));
        }
        String title = Messages.text(locale, "report.dashboard.sheetTitle", year.label(locale));
        return new Dashboard(ReportSheets.sheet(title, whole, locale), SchoolComparison.of(bySchool, whole, locale),
                Messages.text(locale, "report.dashboard.schoolsHeading"));
    }

    private static String subject(SchoolFacts school, SchoolYear year) {
        return "report:school:" + school.id() + ":" + year.startYear();
    }

    private static String laSubject(Caller caller, SchoolYear year) {
        return "report:la:" + caller.localAuthorityId() + ":" + year.startYear();
    }
}
