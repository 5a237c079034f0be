package org.safecase.workflow;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.calendar.BusinessCalendar;
import org.flowable.common.engine.impl.runtime.ClockReader;
import org.safecase.calendar.SchoolCalendar;
import org.safecase.calendar.WorkingPeriod;
import org.safecase.platform.ClockProducer;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flowable business calendar {@value #NAME}: every timer and task due date in the models
 * counts school working time (R-X-1). A due date is written {@code school:<id> <period>}, e.g.
 * {@code school:${schoolId} ${triageDeadline}}, so the school's own closures and nation apply.
 * "Now" is the engine's clock, which tests move.
 */
public final class SchoolWorkingTimeCalendar implements BusinessCalendar {
    public static final String NAME = "schoolWorkingTime";
    private static final Pattern DESCRIPTION = Pattern.compile("school:(\\d+)\\s+(\\S+)");
    /** An urgent due date, in clock time whatever the hour: {@code clock PT2H} (R-X-1a's exception). */
    private static final Pattern CLOCK_TIME = Pattern.compile("clock\\s+(PT\\S+)");

    private final ClockReader clock;
    private final LongFunction<SchoolCalendar> calendars;

    public SchoolWorkingTimeCalendar(ClockReader clock, LongFunction<SchoolCalendar> calendars) {
        this.clock = clock;
        this.calendars = calendars;
    }

    public static String describe(long schoolId, String period) {
        return "school:" + schoolId + " " + period;
    }

    /** An urgent due date: {@code duration} of clock time from now. */
    public static String inClockTime(java.time.Duration duration) {
        return "clock " + duration;
    }

    @Override
    public Date resolveDuedate(String description) {
        Matcher clockTime = CLOCK_TIME.matcher(description == null ? "" : description.strip());
        if (clockTime.matches()) {
            return Date.from(clock.getCurrentTime().toInstant().plus(java.time.Duration.parse(clockTime.group(1))));
        }
        Matcher parts = DESCRIPTION.matcher(description == null ? "" : description.strip());
        if (!parts.matches()) {
            throw new FlowableIllegalArgumentException("Not a school working-time due date: " + description);
        }
        SchoolCalendar calendar = calendars.apply(Long.parseLong(parts.group(1)));
        LocalDateTime now = LocalDateTime.ofInstant(clock.getCurrentTime().toInstant(), ClockProducer.SCHOOL_ZONE);
        LocalDateTime due = calendar.plus(now, WorkingPeriod.parse(parts.group(2)));
        return Date.from(due.atZone(ClockProducer.SCHOOL_ZONE).toInstant());
    }

    @Override
    public Date resolveDuedate(String description, int maxIterations) {
        return resolveDuedate(description);
    }

    @Override
    public Boolean validateDuedate(String description, int maxIterations, Date endDate, Date newTimer) {
        return endDate == null || !newTimer.after(endDate);
    }

    @Override
    public Date resolveEndDate(String endDate) {
        return resolveDuedate(endDate);
    }
}
