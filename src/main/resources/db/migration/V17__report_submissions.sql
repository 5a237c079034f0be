-- Issue #10 item 5: a report is made once. Each submission of a report carries a key (the API's
-- Idempotency-Key header, or the report page's single-use form token); the first to insert its
-- (caller, key) row makes the case, and a repeat within 24 hours is answered with that case.
CREATE TABLE report_submission (
    caller_id      BIGINT       NOT NULL,
    submission_key VARCHAR(100) NOT NULL,
    body_hash      CHAR(64)     NOT NULL,
    reference      VARCHAR(20)  NULL,
    created_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (caller_id, submission_key),
    INDEX report_submission_age (created_at)
);
