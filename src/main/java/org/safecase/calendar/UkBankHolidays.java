package org.safecase.calendar;

import org.safecase.identity.Nation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * UK bank holidays, computed from the rules for each nation (England and Wales share theirs),
 * with substitute days when a fixed-date holiday falls at a weekend, and the one-off changes
 * proclaimed from 2020 to 2023. Later one-off holidays are added as local-authority closures.
 */
public final class UkBankHolidays {
    private UkBankHolidays() {
    }

    public static Set<LocalDate> of(Nation nation, int year) {
        Set<LocalDate> holidays = new TreeSet<>();
        LocalDate easter = easterSunday(year);
        holidays.add(easter.minusDays(2));
        if (nation != Nation.SCOTLAND) {
            holidays.add(easter.plusDays(1));
        }
        holidays.add(firstMonday(year, Month.MAY));
        holidays.add(lastMonday(year, Month.MAY));
        holidays.add(nation == Nation.SCOTLAND ? firstMonday(year, Month.AUGUST) : lastMonday(year, Month.AUGUST));
        for (LocalDate fixed : fixedDates(nation, year)) {
            holidays.add(substitute(fixed, holidays));
        }
        applyProclamations(year, holidays);
        return holidays;
    }

    private static List<LocalDate> fixedDates(Nation nation, int year) {
        return switch (nation) {
            case ENGLAND, WALES -> List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26));
            case SCOTLAND -> List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 2), LocalDate.of(year, 11, 30),
                    LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26));
            case NORTHERN_IRELAND -> List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 17),
                    LocalDate.of(year, 7, 12), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26));
        };
    }

    /** A fixed-date holiday at a weekend (or on a day already a holiday) moves to the next free weekday. */
    private static LocalDate substitute(LocalDate date, Set<LocalDate> taken) {
        LocalDate day = date;
        while (isWeekend(day) || taken.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Changes by royal proclamation, the same in every nation. */
    private static void applyProclamations(int year, Set<LocalDate> holidays) {
        switch (year) {
            case 2020 -> {
                holidays.remove(LocalDate.of(2020, 5, 4));
                holidays.add(LocalDate.of(2020, 5, 8)); // VE Day 75th anniversary
            }
            case 2022 -> {
                holidays.remove(LocalDate.of(2022, 5, 30));
                holidays.add(LocalDate.of(2022, 6, 2)); // spring bank holiday moved
                holidays.add(LocalDate.of(2022, 6, 3)); // Platinum Jubilee
                holidays.add(LocalDate.of(2022, 9, 19)); // State funeral of Queen Elizabeth II
            }
            case 2023 -> holidays.add(LocalDate.of(2023, 5, 8)); // Coronation of King Charles III
            default -> {
                // no proclaimed changes
            }
        }
    }

    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
