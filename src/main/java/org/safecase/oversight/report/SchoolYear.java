package org.safecase.oversight.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A school year as the governors' report counts it (R-X-4): 1 September to 31 August, named by the
 * calendar year it starts in ({@code 2025} is September 2025 to August 2026).
 */
public record SchoolYear(int startYear) implements Serializable {
    /** Before any school could have used SafeCase, and far beyond any plausible year. */
    static final int FIRST = 2000;
    static final int LAST = 2200;

    public SchoolYear {
        if (startYear < FIRST || startYear > LAST) {
            throw new IllegalArgumentException("No school year starts in " + startYear);
        }
    }

    /** The school year a day falls in. */
    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    /** The first moment after the year (exclusive end of a query's range). */
    public LocalDateTime end() {
        return lastDay().plusDays(1).atStartOfDay();
    }

    public boolean contains(LocalDateTime moment) {
        return !moment.isBefore(firstDay().atStartOfDay()) && moment.isBefore(end());
    }

    /** September to August, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.of(startYear, Month.SEPTEMBER); months.size() < 12; month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** 0 for September .. 11 for August. */
    int monthIndex(LocalDateTime moment) {
        return (moment.getMonthValue() - Month.SEPTEMBER.getValue() + 12) % 12;
    }

    /** "2025 to 2026", in the reader's language. */
    public String label(java.util.Locale locale) {
        return org.safecase.platform.Messages.text(locale, "report.year.label", startYear, startYear + 1);
    }

    /** This year and the {@code count - 1} before it, newest first: the years a report may be asked for. */
    public static List<SchoolYear> recent(LocalDate today, int count) {
        SchoolYear now = of(today);
        List<SchoolYear> years = new ArrayList<>();
        for (int i = 0; i < count && now.startYear - i >= FIRST; i++) {
            years.add(new SchoolYear(now.startYear - i));
        }
        return years;
    }
}
