-- R-ST-4, R-X-1a: an e-mail for each new task, sent by a background job once send_after has come
-- (held until the next school morning unless urgent). One row per task: sending is idempotent.
CREATE TABLE task_notification (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id        VARCHAR(64)  NOT NULL,
    case_reference VARCHAR(64)  NULL,
    school_id      BIGINT       NULL,
    created_at     DATETIME(6)  NOT NULL,
    send_after     DATETIME(6)  NOT NULL,
    sent_at        DATETIME(6)  NULL,
    recipients     INT          NOT NULL DEFAULT 0,
    outcome        VARCHAR(30)  NULL,
    CONSTRAINT uk_task_notification_task UNIQUE (task_id),
    INDEX ix_task_notification_due (sent_at, send_after)
) ENGINE = InnoDB;
