-- Issue #15 item 5, R-X-5: records are kept for a set retention period, then destroyed, with a log of
-- what was destroyed. The due dates are DATE columns of our own (never Flowable timers, whose job
-- tables use TIMESTAMP and end in 2038): a child-protection record is due at the youngest child's
-- 25th birthday, far past 2038 for any child born after 2013.

-- One row per closed case: when it falls due, under which rule. Written when the case closes
-- (oversight/retention/RetentionSchedules) and, for cases closed before this version, by the daily
-- job's first run at start. Deleted with the case.
CREATE TABLE retention_schedule (
    incident_id    BIGINT       NOT NULL PRIMARY KEY,
    case_reference VARCHAR(20)  NOT NULL,
    school_id      BIGINT       NOT NULL,
    record_type    VARCHAR(30)  NOT NULL,
    rule_applied   VARCHAR(40)  NOT NULL,
    rule_years     INT          NOT NULL,
    due_on         DATE         NOT NULL,
    computed_at    DATETIME(6)  NOT NULL,
    listed_on      DATE         NULL,
    queued_run     BIGINT       NULL,
    CONSTRAINT uk_retention_schedule_reference UNIQUE (case_reference),
    CONSTRAINT fk_retention_schedule_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    -- The due lists: a school's DSL (its child-protection records) and an LA admin (its schools), by date.
    INDEX ix_retention_due_school (school_id, record_type, due_on, incident_id),
    INDEX ix_retention_due (due_on, incident_id),
    INDEX ix_retention_queued (queued_run, incident_id)
) ENGINE = InnoDB;

-- A legal hold blocks destruction (litigation, an inquiry, a police request). Set and lifted by an LA
-- admin with a reason; a case is on hold while it has a row not lifted. Deleted with the case (the
-- audit trail keeps that it was set and lifted).
CREATE TABLE legal_hold (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id    BIGINT        NOT NULL,
    case_reference VARCHAR(20)   NOT NULL,
    reason         VARCHAR(500)  NOT NULL,
    set_by         BIGINT        NOT NULL,
    set_at         DATETIME(6)   NOT NULL,
    lifted_by      BIGINT        NULL,
    lifted_at      DATETIME(6)   NULL,
    lift_reason    VARCHAR(500)  NULL,
    CONSTRAINT fk_legal_hold_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    INDEX ix_legal_hold_incident (incident_id, lifted_at)
) ENGINE = InnoDB;

-- R-X-5: what was destroyed, when, by whom and under which rule. References only, never content.
-- Append only: the application never updates or deletes a row (its database user is to lose UPDATE
-- and DELETE on the audit tables, this one included).
CREATE TABLE destruction_log (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_reference VARCHAR(20)  NOT NULL,
    school_id      BIGINT       NOT NULL,
    record_type    VARCHAR(30)  NOT NULL,
    rule_applied   VARCHAR(40)  NOT NULL,
    rule_years     INT          NOT NULL,
    due_on         DATE         NOT NULL,
    destroyed_at   DATETIME(6)  NOT NULL,
    destroyed_by   BIGINT       NOT NULL,
    run_id         BIGINT       NULL,
    INDEX ix_destruction_log_school (school_id, destroyed_at),
    INDEX ix_destruction_log_reference (case_reference)
) ENGINE = InnoDB;

-- The daily job: the first server to insert the day's row runs it; any other server skips that day.
CREATE TABLE retention_run (
    run_on         DATE         NOT NULL PRIMARY KEY,
    started_at     DATETIME(6)  NOT NULL,
    finished_at    DATETIME(6)  NULL,
    scheduled      INT          NOT NULL DEFAULT 0,
    due            INT          NOT NULL DEFAULT 0
) ENGINE = InnoDB;

-- A confirmed destruction of many records, run in the background case by case, with its progress.
CREATE TABLE destruction_run (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    requested_by   BIGINT       NOT NULL,
    requested_at   DATETIME(6)  NOT NULL,
    total          INT          NOT NULL,
    destroyed      INT          NOT NULL DEFAULT 0,
    skipped        INT          NOT NULL DEFAULT 0,
    failed         INT          NOT NULL DEFAULT 0,
    finished_at    DATETIME(6)  NULL,
    INDEX ix_destruction_run_open (finished_at, id)
) ENGINE = InnoDB;
