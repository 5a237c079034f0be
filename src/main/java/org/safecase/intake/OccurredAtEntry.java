package org.safecase.intake;

import org.safecase.platform.ClockProducer;

import org.safecase.platform.FieldProblem;

import java.io.Serializable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "When did it happen?" as the report form takes it: day, month and year as numbers and the time
 * as hours and minutes, each text exactly as typed (issue #11 item 1). A calendar pop-up trapped
 * keyboard users and lost the time; four plain fields do neither. Wrong input is never coerced: it
 * is refused, each problem tied to the field to fix, and the text is kept for its writer.
 *
 * @param day   1 to 31
 * @param month 1 to 12
 * @param year  four digits, {@link ClockProducer#FIRST_YEAR} or later
 * @param time  {@code HH:mm}, 00:00 to 23:59 (one digit for the hour is fine: 8:15)
 */
public record OccurredAtEntry(String day, String month, String year, String time) implements Serializable {
    public static final String DAY = "occurredDay";
    public static final String MONTH = "occurredMonth";
    public static final String YEAR = "occurredYear";
    public static final String TIME = "occurredTime";
    /** A draft keeps each text up to this length (the column's width, V21). */
    static final int MAX_LENGTH = 10;

    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2}):(\\d{2})");

    public static final OccurredAtEntry EMPTY = new OccurredAtEntry(null, null, null, null);

    /** A moment shown back in the form's fields (a draft kept before the fields were texts). */
    public static OccurredAtEntry of(LocalDateTime at) {
        if (at == null) {
            return EMPTY;
        }
        return new OccurredAtEntry(String.valueOf(at.getDayOfMonth()), String.valueOf(at.getMonthValue()),
                String.valueOf(at.getYear()), String.format("%02d:%02d", at.getHour(), at.getMinute()));
    }

    /** The moment typed (null if nothing was typed, or if anything is wrong) and what to fix. */
    public record Parsed(LocalDateTime at, List<FieldProblem> problems) {
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year) && blank(time);
    }

    /**
     * Reads the four texts strictly: numbers only, a real date (no 31 February), not before
     * {@link ClockProducer#FIRST_YEAR}, not in the future (five minutes' grace for clocks), and a
     * time of day from 00:00 to 23:59. Nothing typed at all is no moment and no problem here: the
     * report's own check asks for it.
     */
    public Parsed parse(Clock clock) {
        if (isBlank()) {
            return new Parsed(null, List.of());
        }
        List<FieldProblem> problems = new ArrayList<>();
        Integer d = number(day, DAY, NUMBER, 1, 31, "report.occurredAt.problem.day", problems);
        Integer m = number(month, MONTH, NUMBER, 1, 12, "report.occurredAt.problem.month", problems);
        Integer y = number(year, YEAR, FOUR_DIGITS, 0, 9999, "report.occurredAt.problem.year", problems);
        if (y != null && y < ClockProducer.FIRST_YEAR) {
            problems.add(new FieldProblem(YEAR, "report.occurredAt.problem.tooEarly", String.valueOf(ClockProducer.FIRST_YEAR)));
            y = null;
        }
        LocalTime t = time(problems);
        if (!problems.isEmpty()) {
            return new Parsed(null, List.copyOf(problems));
        }
        LocalDate date;
        try {
            date = LocalDate.of(y, m, d);
        } catch (DateTimeException notReal) {
            return new Parsed(null, List.of(new FieldProblem(DAY, "report.occurredAt.problem.notReal", d, m, String.valueOf(y))));
        }
        LocalDateTime at = date.atTime(t);
        if (at.isAfter(LocalDateTime.now(clock).plusMinutes(5))) {
            String field = date.isAfter(LocalDate.now(clock)) ? DAY : TIME;
            return new Parsed(null, List.of(new FieldProblem(field, "report.occurredAt.problem.future")));
        }
        return new Parsed(at, List.of());
    }

    private LocalTime time(List<FieldProblem> problems) {
        if (blank(time)) {
            problems.add(new FieldProblem(TIME, "report.occurredAt.problem.timeMissing"));
            return null;
        }
        Matcher hm = HOURS_MINUTES.matcher(time.strip());
        if (hm.matches()) {
            int hours = Integer.parseInt(hm.group(1));
            int minutes = Integer.parseInt(hm.group(2));
            if (hours <= 23 && minutes <= 59) {
                return LocalTime.of(hours, minutes);
            }
        }
        problems.add(new FieldProblem(TIME, "report.occurredAt.problem.time"));
        return null;
    }

    private static Integer number(String text, String field, Pattern shape, int min, int max, String key,
                                  List<FieldProblem> problems) {
        if (blank(text)) {
            problems.add(new FieldProblem(field, key + "Missing"));
            return null;
        }
        String digits = text.strip();
        if (shape.matcher(digits).matches()) {
            int value = Integer.parseInt(digits);
            if (value >= min && value <= max) {
                return value;
            }
        }
        problems.add(new FieldProblem(field, key));
        return null;
    }

    /** The same texts cut to what a draft keeps. */
    OccurredAtEntry cut() {
        return new OccurredAtEntry(cut(day), cut(month), cut(year), cut(time));
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
