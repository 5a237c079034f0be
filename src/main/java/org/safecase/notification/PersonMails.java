package org.safecase.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.calendar.SchoolCalendars;
import org.safecase.identity.Authorisation;
import org.safecase.identity.GroupMembers;
import org.safecase.platform.Messages;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mail to a person by user id (issue #15 item 6: policy reminders), through the same job, sender
 * and hold as task notifications: made outside the school's hours (the school the mail is about;
 * for the local authority's own people, the installation's hours), it waits for the next working
 * morning (R-X-1a). A mail carries a link and bundle text only.
 * Queuing is idempotent by its key (two nodes, a check run twice, a double click); rows are sent
 * with SKIP LOCKED so that two nodes never send one twice.
 */
@ApplicationScoped
public class PersonMails {
    static final int BATCH = 20;
    private static final Logger LOG = Logger.getLogger(PersonMails.class.getName());

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    SchoolCalendars calendars;
    @Inject
    GroupMembers members;
    @Inject
    MailSender mail;
    @Inject
    MailSettings settings;
    @Inject
    Clock clock;

    /**
     * Queues a mail in the caller's transaction, unless one with this key was queued before.
     *
     * @param key        unique for what the mail is about (e.g. a reminder of one version in one week)
     * @param messageKey its words: {@code mail.<messageKey>.subject} and {@code .body} ({0} the link, {1} the argument)
     * @param linkPath   the page it links to, below the public address ({@code /policy/policy.xhtml})
     * @return whether it was queued now (false: it had been already)
     */
    public boolean queue(String key, Long userId, Long schoolId, String messageKey, String linkPath, String argument) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime sendAfter = SendTime.of(schoolId == null ? calendars.forLocalAuthority() : calendars.forSchool(schoolId), now, false);
        return em.createNativeQuery("INSERT IGNORE INTO person_mail (mail_key, user_id, school_id, message_key, "
                        + "link_path, argument, created_at, send_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, key).setParameter(2, userId).setParameter(3, schoolId).setParameter(4, messageKey)
                .setParameter(5, linkPath).setParameter(6, argument).setParameter(7, now).setParameter(8, sendAfter)
                .executeUpdate() == 1;
    }

    /** @return how many mails were dealt with */
    @Transactional
    public int sendDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM person_mail WHERE sent_at IS NULL "
                        + "AND send_after <= ? ORDER BY send_after LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).getResultList();
        for (Number id : ids) {
            PersonMail due = em.find(PersonMail.class, id.longValue());
            Map<String, Locale> to = members.emailLanguages(Authorisation.workflowUserId(due.getUserId()), List.of());
            try {
                for (Map.Entry<String, Locale> address : to.entrySet()) {
                    Locale language = address.getValue();
                    mail.send(address.getKey(), Messages.text(language, "mail." + due.getMessageKey() + ".subject"),
                            Messages.text(language, "mail." + due.getMessageKey() + ".body",
                                    settings.publicUrl().replaceAll("/+$", "") + due.getLinkPath(),
                                    due.getArgument() == null ? "" : due.getArgument()));
                }
                due.done(now, to.isEmpty() ? "NO_RECIPIENT" : "SENT");
            } catch (MessagingException e) {
                // Logged with the row's id only; it stays due and the next run tries again.
                LOG.log(Level.WARNING, "Mail " + id + " not sent: " + e);
                return ids.indexOf(id);
            }
        }
        return ids.size();
    }
}
