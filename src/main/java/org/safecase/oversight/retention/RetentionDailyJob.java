package org.safecase.oversight.retention;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.safecase.platform.PlatformReady;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * R-X-5: once a day, schedules the closed cases that have no due date yet (those closed before
 * this version: the backfill) and lists what has fallen due. It runs on the application's managed
 * scheduler, as the outbox does (Payara's EJB timers are not shared across a cluster); every
 * server looks every {@code safecase.retention.check-minutes}, and the first to claim the day's
 * row of {@code retention_run} runs it, so with several servers it still runs once a day. It also
 * resumes destruction runs a stopped server left unfinished (their cases are claimed one by one,
 * so two servers may share one safely).
 */
@ApplicationScoped
public class RetentionDailyJob {
    private static final Logger LOG = Logger.getLogger(RetentionDailyJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    RetentionDays days;
    @Inject
    RetentionSchedules schedules;
    @Inject
    DestructionRuns runs;
    @Inject
    RetentionSettings settings;
    @Inject
    Clock clock;

    private ScheduledFuture<?> job;

    void start(@Observes PlatformReady ready) {
        job = scheduler.scheduleWithFixedDelay(this::check, 20, settings.checkMinutes() * 60L, TimeUnit.SECONDS);
    }

    /** Runs today's work unless a server has already claimed it; resumes abandoned destruction runs. */
    public void check() {
        try {
            LocalDate today = LocalDate.now(clock);
            if (days.claim(today)) {
                int scheduled = 0;
                int batch;
                do {
                    batch = schedules.scheduleUnscheduled();
                    scheduled += batch;
                } while (batch == RetentionSchedules.BATCH);
                int due = days.listDue(today, scheduled);
                LOG.info("Retention for " + today + ": " + scheduled + " closed cases scheduled, " + due + " newly due");
            }
            for (Long run : runs.unfinished(LocalDateTime.now(clock).minusMinutes(5))) {
                runs.work(run);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The retention job failed; the next check tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }
}
