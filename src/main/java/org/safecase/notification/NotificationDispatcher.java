package org.safecase.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.safecase.identity.PasswordResets;
import org.safecase.platform.PlatformReady;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the outbox, then mail to people (policy reminders, issue #15 item 6), then the password
 * links due (issue #13 item 3), in the background every few
 * seconds; no page request ever waits for mail.
 */
@ApplicationScoped
public class NotificationDispatcher {
    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;
    @Inject
    PasswordResets passwordLinks;
    @Inject
    MailSender mail;
    @Inject
    PersonMails personMails;

    private ScheduledFuture<?> job;

    void start(@Observes PlatformReady ready) {
        if (!settings.enabled()) {
            LOG.warning("SAFECASE_MAIL_HOST is not set: task notifications are queued but not sent");
            return;
        }
        job = scheduler.scheduleWithFixedDelay(this::run, settings.pollSeconds(), settings.pollSeconds(), TimeUnit.SECONDS);
    }

    private void run() {
        try {
            while (outbox.sendDue() == Outbox.BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending notifications failed; will try again", e);
        }
        try {
            while (personMails.sendDue() == PersonMails.BATCH) {
                // a full batch (a reminder to a whole school): more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending mail to people failed; will try again", e);
        }
        try {
            while (passwordLinks.mailDue(link -> mail.send(link.email(), PasswordLinkMail.subject(link),
                    PasswordLinkMail.body(link, settings.publicUrl()))) == PasswordResets.BATCH) {
                // a full batch (an import): more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending password links failed; will try again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }
}
