package org.safecase.policy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.safecase.platform.PlatformReady;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link PolicyChecks} once a day at {@code safecase.policy.check-at} (default 06:00, before
 * the school day; the mails wait for it, R-X-1a) on the container's managed scheduler, as the
 * notification job does. Every node schedules it; the first to claim the day runs it.
 */
@ApplicationScoped
public class PolicyCheckSchedule {
    private static final Logger LOG = Logger.getLogger(PolicyCheckSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    PolicyChecks checks;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "safecase.policy.check-at", defaultValue = "06:00")
    String checkAt;

    private ScheduledFuture<?> job;

    void start(@Observes PlatformReady ready) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime next = now.toLocalDate().atTime(LocalTime.parse(checkAt.strip()));
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        job = scheduler.scheduleAtFixedRate(this::run, Duration.between(now, next).toMinutes(),
                TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    private void run() {
        try {
            if (checks.claimToday()) {
                PolicyChecks.CheckResult result = checks.runForAll();
                LOG.info(() -> "Policy check: " + result.reviewsPassed() + " reviews passed, "
                        + result.schoolsWithVacancies() + " schools with a vacant role, " + result.mailsQueued() + " mails queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily policy check failed; it runs again tomorrow", e);
        }
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }
}
