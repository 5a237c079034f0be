package org.safecase.workflow;

import org.flowable.common.engine.impl.runtime.Clock;

import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

/**
 * The engine's clock is the application's ({@code platform.ClockProducer}): due dates, timers
 * and the case record all read the same "now". Setting the time is for tests of the engine
 * alone; here it pins the clock until {@link #reset()}.
 */
final class EngineClock implements Clock {
    private final java.time.Clock clock;
    private volatile Date pinned;

    EngineClock(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    public Date getCurrentTime() {
        Date at = pinned;
        return at != null ? new Date(at.getTime()) : Date.from(clock.instant());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(getCurrentTimeZone());
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone zone) {
        Calendar calendar = Calendar.getInstance(zone);
        calendar.setTime(getCurrentTime());
        return calendar;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return TimeZone.getTimeZone(clock.getZone());
    }

    @Override
    public void setCurrentTime(Date time) {
        pinned = time == null ? null : new Date(time.getTime());
    }

    @Override
    public void setCurrentCalendar(Calendar time) {
        setCurrentTime(time == null ? null : time.getTime());
    }

    @Override
    public void reset() {
        pinned = null;
    }
}
