package org.safecase.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One new task to tell people about; the unique task id makes sending idempotent. */
@Entity
@Table(name = "task_notification")
public class TaskNotification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "task_id", nullable = false)
    private String taskId;
    @Column(name = "case_reference")
    private String caseReference;
    @Column(name = "school_id")
    private Long schoolId;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "send_after", nullable = false)
    private LocalDateTime sendAfter;
    @Column(name = "sent_at")
    private LocalDateTime sentAt;
    @Column(nullable = false)
    private int recipients;
    private String outcome;

    protected TaskNotification() {
    }

    TaskNotification(String taskId, String caseReference, Long schoolId, LocalDateTime createdAt,
                     LocalDateTime sendAfter) {
        this.taskId = taskId;
        this.caseReference = caseReference;
        this.schoolId = schoolId;
        this.createdAt = createdAt;
        this.sendAfter = sendAfter;
    }

    String getTaskId() {
        return taskId;
    }

    String getCaseReference() {
        return caseReference;
    }

    void done(LocalDateTime when, int recipientCount, String result) {
        this.sentAt = when;
        this.recipients = recipientCount;
        this.outcome = result;
    }
}
