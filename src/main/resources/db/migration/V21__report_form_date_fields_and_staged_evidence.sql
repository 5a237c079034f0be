-- Issue #11 item 1: the report form takes when it happened as four texts (day, month, year, time),
-- kept in the draft exactly as typed so that a wrong entry is shown back, never coerced or lost.
ALTER TABLE report_draft
    ADD COLUMN occurred_day   VARCHAR(10) NULL,
    ADD COLUMN occurred_month VARCHAR(10) NULL,
    ADD COLUMN occurred_year  VARCHAR(10) NULL,
    ADD COLUMN occurred_time  VARCHAR(10) NULL;

-- Issue #11 item 4: evidence added while reporting a staff case, held with the reporter's draft until
-- the report is sent (then moved to evidence_item in the same transaction and deleted here). Deleted
-- with the draft (ON DELETE CASCADE) when the draft is discarded. Never a file for a child-protection
-- report (R-SX-2): the form refuses it and choosing that category deletes any file held.
CREATE TABLE report_draft_evidence (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    reporter_id BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    file_name   VARCHAR(255)  NULL,
    media_type  VARCHAR(100)  NULL,
    size_bytes  BIGINT        NULL,
    sha256      CHAR(64)      NULL,
    content     LONGBLOB      NULL,
    web_address VARCHAR(2048) NULL,
    captured_at DATETIME      NULL,
    added_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_draft_evidence_draft FOREIGN KEY (reporter_id) REFERENCES report_draft (reporter_id)
        ON DELETE CASCADE,
    INDEX ix_draft_evidence_reporter (reporter_id, added_at)
) ENGINE = InnoDB;
