-- Issue #15 item 6 (R-X-6): each school's online-safety policy, versioned, and every staff member's
-- acknowledgement of each version; mail queued for people by user id (policy reminders), sent by
-- the notification job and held to school hours (R-X-1a).

-- One row per published version. A version is text or a screened PDF (never both); it is never
-- changed once published: a correction is a new version, which everyone acknowledges again.
CREATE TABLE policy_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id       BIGINT        NOT NULL,
    version_number  INT           NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    body_text       MEDIUMTEXT    NULL,
    document        LONGBLOB      NULL,
    document_name   VARCHAR(255)  NULL,
    document_sha256 CHAR(64)      NULL,
    change_note     VARCHAR(500)  NULL,
    review_due      DATE          NOT NULL,
    published_at    DATETIME(6)   NOT NULL,
    published_by    BIGINT        NOT NULL,
    CONSTRAINT uk_policy_version UNIQUE (school_id, version_number),
    CONSTRAINT fk_policy_version_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_policy_version_publisher FOREIGN KEY (published_by) REFERENCES app_user (id),
    CONSTRAINT ck_policy_version_content CHECK ((body_text IS NULL) <> (document IS NULL))
) ENGINE = InnoDB;

-- The version in force for each school, so that the home page's prompt and the daily check read
-- one row per school (500 schools) and never scan ten years of versions.
CREATE TABLE policy_current (
    school_id  BIGINT PRIMARY KEY,
    version_id BIGINT NOT NULL,
    review_due DATE   NOT NULL,
    CONSTRAINT fk_policy_current_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_policy_current_version FOREIGN KEY (version_id) REFERENCES policy_version (id),
    INDEX ix_policy_current_review (review_due)
) ENGINE = InnoDB;

-- One row per person and version they acknowledged. The primary key answers "has this person
-- acknowledged this version" (home page, every request) and lists a version's acknowledgements.
CREATE TABLE policy_acknowledgement (
    version_id      BIGINT      NOT NULL,
    user_id         BIGINT      NOT NULL,
    acknowledged_at DATETIME(6) NOT NULL,
    PRIMARY KEY (version_id, user_id),
    CONSTRAINT fk_policy_ack_version FOREIGN KEY (version_id) REFERENCES policy_version (id),
    CONSTRAINT fk_policy_ack_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_policy_ack_user (user_id)
) ENGINE = InnoDB;

-- The daily check runs once a day across a cluster: the node that inserts the day's row runs it.
CREATE TABLE policy_check_day (
    check_date DATE        PRIMARY KEY,
    started_at DATETIME(6) NOT NULL
) ENGINE = InnoDB;

-- Mail to one person by user id, in their language when sent (the notification job). The key
-- makes queuing idempotent (a reminder per version and week, a daily check run twice); mail made
-- outside school hours waits for the next school morning (R-X-1a).
CREATE TABLE person_mail (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    mail_key    VARCHAR(120) NOT NULL,
    user_id     BIGINT       NOT NULL,
    school_id   BIGINT       NULL,
    message_key VARCHAR(100) NOT NULL,
    link_path   VARCHAR(200) NOT NULL,
    argument    VARCHAR(200) NULL,
    created_at  DATETIME(6)  NOT NULL,
    send_after  DATETIME(6)  NOT NULL,
    sent_at     DATETIME(6)  NULL,
    outcome     VARCHAR(20)  NULL,
    CONSTRAINT uk_person_mail_key UNIQUE (mail_key),
    CONSTRAINT fk_person_mail_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_person_mail_due (sent_at, send_after)
) ENGINE = InnoDB;
