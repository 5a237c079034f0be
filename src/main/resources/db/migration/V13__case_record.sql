-- The case record in our own tables (issue #8). Every step's answers are written by the
-- engine-wide step listener (workflow/StepCompletedListener) for every model version, and copied
-- from the engine's history for cases begun before this version (workflow/CaseRecordBackfill).
-- Every record table starts with the same columns: row_key is the step's task id, or the
-- (sub)process instance whose steps fill in one row (a provider report, a police referral).
-- Owners: casefile (triage .. escalation), takedown (removal_request .. phone_network_report),
-- referral (police_referral), childprotection (initial_review .. viewing_record).

CREATE TABLE triage_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    severity                 VARCHAR(40) NULL,
    may_be_criminal          BOOLEAN NULL,
    perpetrator              VARCHAR(40) NULL,
    removal_needed           BOOLEAN NULL,
    poster_known             BOOLEAN NULL,
    malicious_claim          BOOLEAN NULL,
    CONSTRAINT uk_triage_record UNIQUE (row_key),
    INDEX ix_triage_record_incident (incident_id, recorded_at),
    CONSTRAINT fk_triage_record_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE school_procedure_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    procedure_kind           VARCHAR(40) NULL,
    severity                 VARCHAR(40) NULL,
    sanction                 VARCHAR(500) NULL,
    CONSTRAINT uk_school_procedure_record UNIQUE (row_key),
    INDEX ix_school_procedure_record_incident (incident_id, recorded_at),
    CONSTRAINT fk_school_procedure_record_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE hr_handoff (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    handed_on                DATE NULL,
    category                 VARCHAR(40) NULL,
    severity                 VARCHAR(40) NULL,
    platform                 VARCHAR(500) NULL,
    occurred_on              DATE NULL,
    reported_on              DATE NULL,
    school_name              VARCHAR(500) NULL,
    outcome                  VARCHAR(500) NULL,
    outcome_on               DATE NULL,
    CONSTRAINT uk_hr_handoff UNIQUE (row_key),
    INDEX ix_hr_handoff_incident (incident_id, recorded_at),
    CONSTRAINT fk_hr_handoff_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE support_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    support_offered          VARCHAR(500) NULL,
    offered_on               DATE NULL,
    CONSTRAINT uk_support_record UNIQUE (row_key),
    INDEX ix_support_record_incident (incident_id, recorded_at),
    CONSTRAINT fk_support_record_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE outcome_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    outcome                  VARCHAR(500) NULL,
    CONSTRAINT uk_outcome_record UNIQUE (row_key),
    INDEX ix_outcome_record_incident (incident_id, recorded_at),
    CONSTRAINT fk_outcome_record_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE satisfaction_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    satisfied                BOOLEAN NULL,
    CONSTRAINT uk_satisfaction_record UNIQUE (row_key),
    INDEX ix_satisfaction_record_incident (incident_id, recorded_at),
    CONSTRAINT fk_satisfaction_record_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE escalation_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    watched_step             VARCHAR(40) NULL,
    due_at                   DATETIME(6) NULL,
    told                     VARCHAR(40) NULL,
    CONSTRAINT uk_escalation_record UNIQUE (row_key),
    INDEX ix_escalation_record_incident (incident_id, recorded_at),
    CONSTRAINT fk_escalation_record_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE removal_request (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    asked_whom               VARCHAR(500) NULL,
    asked_on                 DATE NULL,
    answer                   VARCHAR(40) NULL,
    answered_on              DATE NULL,
    CONSTRAINT uk_removal_request UNIQUE (row_key),
    INDEX ix_removal_request_incident (incident_id, recorded_at),
    CONSTRAINT fk_removal_request_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE provider_report (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    provider_name            VARCHAR(500) NULL,
    provider_entry_id        BIGINT NULL,
    material_url             VARCHAR(2048) NULL,
    captured_on              DATE NULL,
    material_illegal         BOOLEAN NULL,
    term_broken              VARCHAR(500) NULL,
    provider_reference       VARCHAR(500) NULL,
    sent_on                  DATE NULL,
    status                   VARCHAR(40) NULL,
    decided_on               DATE NULL,
    helpline_contacted_on    DATE NULL,
    report_harmful_content   BOOLEAN NULL,
    CONSTRAINT uk_provider_report UNIQUE (row_key),
    INDEX ix_provider_report_incident (incident_id, recorded_at),
    CONSTRAINT fk_provider_report_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE impersonation_complaint (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    identity_proved          BOOLEAN NULL,
    complaint_reference      VARCHAR(500) NULL,
    CONSTRAINT uk_impersonation_complaint UNIQUE (row_key),
    INDEX ix_impersonation_complaint_incident (incident_id, recorded_at),
    CONSTRAINT fk_impersonation_complaint_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE phone_network_report (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    network                  VARCHAR(500) NULL,
    network_reference        VARCHAR(500) NULL,
    CONSTRAINT uk_phone_network_report UNIQUE (row_key),
    INDEX ix_phone_network_report_incident (incident_id, recorded_at),
    CONSTRAINT fk_phone_network_report_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE police_referral (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    staff_consulted          BOOLEAN NULL,
    police_involved          BOOLEAN NULL,
    route                    VARCHAR(40) NULL,
    police_force             VARCHAR(500) NULL,
    crime_reference          VARCHAR(500) NULL,
    officer                  VARCHAR(500) NULL,
    referred_on              DATE NULL,
    cleared_on               DATE NULL,
    CONSTRAINT uk_police_referral UNIQUE (row_key),
    INDEX ix_police_referral_incident (incident_id, recorded_at),
    CONSTRAINT fk_police_referral_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE initial_review (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    children_involved        BIGINT NULL,
    youngest_age             BIGINT NULL,
    child_vulnerable         BOOLEAN NULL,
    adult_involved           BOOLEAN NULL,
    coercion                 BOOLEAN NULL,
    unusual_content          BOOLEAN NULL,
    sexual_acts_under_13     BOOLEAN NULL,
    shared_without_consent   BOOLEAN NULL,
    immediate_risk           BOOLEAN NULL,
    how_widely_shared        VARCHAR(500) NULL,
    device_searched          BOOLEAN NULL,
    CONSTRAINT uk_initial_review UNIQUE (row_key),
    INDEX ix_initial_review_incident (incident_id, recorded_at),
    CONSTRAINT fk_initial_review_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE referral_decision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    table_version            BIGINT NULL,
    referral_required        BOOLEAN NULL,
    urgent_police            BOOLEAN NULL,
    reason                   VARCHAR(500) NULL,
    CONSTRAINT uk_referral_decision UNIQUE (row_key),
    INDEX ix_referral_decision_incident (incident_id, recorded_at),
    CONSTRAINT fk_referral_decision_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE agency_referral (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    agency                   VARCHAR(40) NULL,
    referred_on              DATE NULL,
    reference                VARCHAR(500) NULL,
    contact                  VARCHAR(500) NULL,
    CONSTRAINT uk_agency_referral UNIQUE (row_key),
    INDEX ix_agency_referral_incident (incident_id, recorded_at),
    CONSTRAINT fk_agency_referral_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE school_handling (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    rationale                VARCHAR(500) NULL,
    head_agrees              BOOLEAN NULL,
    head_answered_on         DATE NULL,
    CONSTRAINT uk_school_handling UNIQUE (row_key),
    INDEX ix_school_handling_incident (incident_id, recorded_at),
    CONSTRAINT fk_school_handling_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE removal_help (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    report_remove_offered    BOOLEAN NULL,
    take_it_down_offered     BOOLEAN NULL,
    images_deleted_confirmed BOOLEAN NULL,
    CONSTRAINT uk_removal_help UNIQUE (row_key),
    INDEX ix_removal_help_incident (incident_id, recorded_at),
    CONSTRAINT fk_removal_help_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE device_search (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    searched_by              VARCHAR(500) NULL,
    searched_where           VARCHAR(40) NULL,
    reason                   VARCHAR(500) NULL,
    consent                  BOOLEAN NULL,
    CONSTRAINT uk_device_search UNIQUE (row_key),
    INDEX ix_device_search_incident (incident_id, recorded_at),
    CONSTRAINT fk_device_search_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE sanctions_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    policy_breached          BOOLEAN NULL,
    sanctions_applied        VARCHAR(500) NULL,
    CONSTRAINT uk_sanctions_record UNIQUE (row_key),
    INDEX ix_sanctions_record_incident (incident_id, recorded_at),
    CONSTRAINT fk_sanctions_record_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE closing_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    summary                  VARCHAR(500) NULL,
    image_viewed             BOOLEAN NULL,
    CONSTRAINT uk_closing_record UNIQUE (row_key),
    INDEX ix_closing_record_incident (incident_id, recorded_at),
    CONSTRAINT fk_closing_record_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE viewing_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    head_agreed              BOOLEAN NULL,
    viewed_on                DATE NULL,
    viewed_by                VARCHAR(500) NULL,
    witness                  VARCHAR(500) NULL,
    viewed_where             VARCHAR(500) NULL,
    reason                   VARCHAR(500) NULL,
    outcome                  VARCHAR(500) NULL,
    CONSTRAINT uk_viewing_record UNIQUE (row_key),
    INDEX ix_viewing_record_incident (incident_id, recorded_at),
    CONSTRAINT fk_viewing_record_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

-- Answers of steps no feature records (e.g. a step an LA admin adds): key, question, kind, typed value.
CREATE TABLE step_answer_record (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    process_key VARCHAR(255) NOT NULL,
    step_key    VARCHAR(255) NOT NULL,
    step_name   VARCHAR(255) NOT NULL,
    CONSTRAINT uk_step_answer_record UNIQUE (row_key),
    INDEX ix_step_answer_record_incident (incident_id, recorded_at),
    CONSTRAINT fk_step_answer_record_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;

CREATE TABLE step_answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    record_id    BIGINT       NOT NULL,
    field_key    VARCHAR(255) NOT NULL,
    label        VARCHAR(500) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    value_text   VARCHAR(2048) NULL,
    value_flag   BOOLEAN      NULL,
    value_number BIGINT       NULL,
    value_date   DATE         NULL,
    CONSTRAINT uk_step_answer UNIQUE (record_id, field_key),
    CONSTRAINT fk_step_answer_record FOREIGN KEY (record_id) REFERENCES step_answer_record (id)
) ENGINE = InnoDB;

-- Each child's record (V10) is read by the chronology like the other record tables, and keeps the
-- date of birth (the age is then worked out from it) and SEN and known to social care apart
-- (R-SX-3); records made before keep only "vulnerable".
ALTER TABLE child_safeguarding_record
    ADD COLUMN updated_by           VARCHAR(64) NULL,
    ADD COLUMN updated_at           DATETIME(6) NULL,
    ADD COLUMN date_of_birth        DATE        NULL,
    ADD COLUMN has_sen              BOOLEAN     NULL,
    ADD COLUMN known_to_social_care BOOLEAN     NULL;

-- The upgrade backfill's progress: how far through the engine's history it has got, and when it ended.
CREATE TABLE case_record_backfill (
    name         VARCHAR(40)  PRIMARY KEY,
    done_count   BIGINT       NOT NULL DEFAULT 0,
    total_count  BIGINT       NOT NULL DEFAULT 0,
    started_at   DATETIME(6)  NULL,
    finished_at  DATETIME(6)  NULL
) ENGINE = InnoDB;

CREATE INDEX ix_incident_school_status ON incident (school_id, status);
