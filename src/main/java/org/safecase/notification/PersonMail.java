package org.safecase.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * A mail to one person, by user id (issue #15 item 6: policy reminders), worded in their language
 * when it is sent from {@code mail.<messageKey>.subject|body}; the body gets the link and the
 * argument. Its key makes queuing it twice a no-op.
 */
@Entity
@Table(name = "person_mail")
public class PersonMail {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "mail_key", nullable = false)
    private String mailKey;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "school_id")
    private Long schoolId;
    @Column(name = "message_key", nullable = false)
    private String messageKey;
    @Column(name = "link_path", nullable = false)
    private String linkPath;
    private String argument;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "send_after", nullable = false)
    private LocalDateTime sendAfter;
    @Column(name = "sent_at")
    private LocalDateTime sentAt;
    private String outcome;

    protected PersonMail() {
    }

    Long getUserId() {
        return userId;
    }

    String getMessageKey() {
        return messageKey;
    }

    String getLinkPath() {
        return linkPath;
    }

    String getArgument() {
        return argument;
    }

    void done(LocalDateTime when, String result) {
        this.sentAt = when;
        this.outcome = result;
    }
}
