package org.safecase.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.identity.GroupMembers;
import org.safecase.workflow.TaskRecipients;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the notifications that are due. Rows are locked with SKIP LOCKED, so several nodes can
 * run this at once without sending twice; a failed send stays due and is tried again.
 */
@ApplicationScoped
public class Outbox {
    static final int BATCH = 20;
    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    TaskRecipients taskRecipients;
    @Inject
    GroupMembers members;
    @Inject
    MailSender mail;
    @Inject
    MailSettings settings;
    @Inject
    Clock clock;

    /** @return how many notifications were dealt with */
    @Transactional
    public int sendDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM task_notification WHERE sent_at IS NULL "
                        + "AND send_after <= ? ORDER BY send_after LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).getResultList();
        for (Number id : ids) {
            TaskNotification notification = em.find(TaskNotification.class, id.longValue());
            var recipients = taskRecipients.of(notification.getTaskId());
            if (recipients.isEmpty()) {
                notification.done(now, 0, "TASK_CLOSED");
                continue;
            }
            Map<String, Locale> emails = members.emailLanguages(recipients.get().assignee(),
                    recipients.get().candidateGroups());
            try {
                for (Map.Entry<String, Locale> email : emails.entrySet()) {
                    mail.send(email.getKey(), TaskMail.subject(email.getValue()),
                            TaskMail.body(email.getValue(), settings.publicUrl(), notification.getTaskId()));
                }
                notification.done(now, emails.size(), emails.isEmpty() ? "NO_RECIPIENTS" : "SENT");
            } catch (MessagingException e) {
                // Logged with the task id only; the row stays due and the next run tries again.
                LOG.log(Level.WARNING, "Notification for task " + notification.getTaskId() + " not sent: " + e.getClass().getName());
                return ids.indexOf(id);
            }
        }
        return ids.size();
    }
}
