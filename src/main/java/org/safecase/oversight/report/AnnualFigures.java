package org.safecase.oversight.report;

import org.safecase.calendar.SchoolCalendar;
import org.safecase.casefile.IncidentCategory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The figures of one school year (R-X-4), for one school or a whole local authority, worked out
 * from the facts of the cases reported in that year before any suppression: cases of each staff
 * category by month; child-protection cases as totals only; working days to first response and
 * to closure (each case on its own school's calendar: weekends, bank holidays and closures are not
 * counted, {@link SchoolCalendar#workingDaysBetween}); removal and takedown requests and what came of
 * them; police referrals; missed deadlines (escalations); open tasks past their due date; the
 * staff member's answer at closure.
 */
public record AnnualFigures(SchoolYear year, long[][] staffByCategoryMonth, Timing staffResponse, Timing staffClosure,
                            long childProtectionCases, long childProtectionReferred, long childProtectionHandledInSchool,
                            long childProtectionClosed, Timing childProtectionReview, Timing childProtectionClosure,
                            Removals posterRequests, Removals providerReports, long policeReferrals, long escalations,
                            long overdueTasks, long satisfied, long notSatisfied, long noAnswer) implements Serializable {

    /** The staff categories, in DOMAIN.md's order: the rows of the category-by-month table. */
    public static final List<IncidentCategory> STAFF_CATEGORIES = Arrays.stream(IncidentCategory.values())
            .filter(category -> !category.isChildProtection()).toList();

    /** Working days taken, one entry per case (or request) that has an answer. */
    public record Timing(List<Long> days) implements Serializable {
        public Timing {
            days = days.stream().sorted().toList();
        }

        public long count() {
            return days.size();
        }

        /** The middle value (the mean of the two middle ones for an even count); null without any. */
        public Double median() {
            if (days.isEmpty()) {
                return null;
            }
            int middle = days.size() / 2;
            return days.size() % 2 == 1 ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2.0;
        }

        public Double mean() {
            return days.isEmpty() ? null : days.stream().mapToLong(Long::longValue).average().orElseThrow();
        }
    }

    /** Requests to take material down and what came of them. */
    public record Removals(long asked, long removed, long refused, long unanswered, long waiting, Timing toRemoval)
            implements Serializable {
    }

    /**
     * Works out a year's figures from the facts of its cases; {@code calendars} gives each school's
     * calendar by school id.
     */
    public static AnnualFigures of(SchoolYear year, List<ReportedCase> cases, List<RemovalAttempt> attempts,
                                   LongFunction<SchoolCalendar> calendars) {
        long[][] byCategoryMonth = new long[STAFF_CATEGORIES.size()][12];
        List<Long> response = new ArrayList<>();
        List<Long> closure = new ArrayList<>();
        List<Long> review = new ArrayList<>();
        List<Long> childClosure = new ArrayList<>();
        long childCases = 0;
        long referred = 0;
        long handled = 0;
        long childClosed = 0;
        long police = 0;
        long escalations = 0;
        long overdue = 0;
        long satisfied = 0;
        long notSatisfied = 0;
        long noAnswer = 0;
        for (ReportedCase reported : cases) {
            if (!year.contains(reported.reportedAt())) {
                continue;
            }
            SchoolCalendar calendar = calendars.apply(reported.schoolId());
            Long toResponse = reported.firstResponseAt() == null ? null
                    : calendar.workingDaysBetween(reported.reportedAt(), reported.firstResponseAt());
            Long toClosure = reported.closedAt() == null ? null
                    : calendar.workingDaysBetween(reported.reportedAt(), reported.closedAt());
            escalations += reported.escalations();
            overdue += reported.overdueTasks();
            if (reported.childProtection()) {
                childCases++;
                referred += reported.agencyReferral() ? 1 : 0;
                handled += reported.handledInSchool() ? 1 : 0;
                childClosed += reported.closedAt() != null ? 1 : 0;
                addIfPresent(review, toResponse);
                addIfPresent(childClosure, toClosure);
                continue;
            }
            byCategoryMonth[STAFF_CATEGORIES.indexOf(reported.category())][year.monthIndex(reported.reportedAt())]++;
            addIfPresent(response, toResponse);
            addIfPresent(closure, toClosure);
            police += reported.policeReferral() ? 1 : 0;
            if (reported.noSatisfactionAnswer()) {
                noAnswer++;
            } else if (Boolean.TRUE.equals(reported.satisfied())) {
                satisfied++;
            } else if (Boolean.FALSE.equals(reported.satisfied())) {
                notSatisfied++;
            }
        }
        return new AnnualFigures(year, byCategoryMonth, new Timing(response), new Timing(closure), childCases, referred,
                handled, childClosed, new Timing(review), new Timing(childClosure),
                removals(attempts, false, calendars), removals(attempts, true, calendars), police, escalations, overdue,
                satisfied, notSatisfied, noAnswer);
    }

    private static Removals removals(List<RemovalAttempt> attempts, boolean provider, LongFunction<SchoolCalendar> calendars) {
        long asked = 0;
        long removed = 0;
        long refused = 0;
        long unanswered = 0;
        List<Long> days = new ArrayList<>();
        for (RemovalAttempt attempt : attempts) {
            if (attempt.provider() != provider || attempt.askedOn() == null) {
                continue;
            }
            asked++;
            if (attempt.removed()) {
                removed++;
                if (attempt.answeredOn() != null) {
                    days.add(calendars.apply(attempt.schoolId()).workingDaysBetween(attempt.askedOn().atStartOfDay(),
                            attempt.answeredOn().atStartOfDay()));
                }
            } else if (attempt.refused()) {
                refused++;
            } else if (attempt.unanswered()) {
                unanswered++;
            }
        }
        return new Removals(asked, removed, refused, unanswered, asked - removed - refused - unanswered, new Timing(days));
    }

    private static void addIfPresent(List<Long> days, Long value) {
        if (value != null) {
            days.add(value);
        }
    }

    /** Staff cases reported in the year. */
    public long staffCases() {
        return Arrays.stream(staffByCategoryMonth).flatMapToLong(Arrays::stream).sum();
    }

    /**
     * The category-by-month table with a total column and a total row (the corner is the grand
     * total): what {@link Suppression} and the page's table work on.
     */
    public long[][] categoryMonthWithTotals() {
        int rows = STAFF_CATEGORIES.size();
        long[][] grid = new long[rows + 1][13];
        for (int r = 0; r < rows; r++) {
            for (int m = 0; m < 12; m++) {
                grid[r][m] = staffByCategoryMonth[r][m];
                grid[r][12] += staffByCategoryMonth[r][m];
                grid[rows][m] += staffByCategoryMonth[r][m];
                grid[rows][12] += staffByCategoryMonth[r][m];
            }
        }
        return grid;
    }
}
