-- A report in progress, one per reporter, so that nothing is lost if they leave mid-way.
-- Deleted when the report is sent.
CREATE TABLE report_draft (
    reporter_id      BIGINT        NOT NULL PRIMARY KEY,
    category         VARCHAR(40)   NULL,
    description      TEXT          NULL,
    occurred_at      DATETIME      NULL,
    platform         VARCHAR(100)  NULL,
    location_url     VARCHAR(2048) NULL,
    phone_number     VARCHAR(40)   NULL,
    account_name     VARCHAR(200)  NULL,
    perpetrator      VARCHAR(20)   NULL,
    perpetrator_name VARCHAR(200)  NULL,
    immediate_danger BOOLEAN       NULL,
    police_wanted    BOOLEAN       NULL,
    evidence_held    VARCHAR(2000) NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_report_draft_user FOREIGN KEY (reporter_id) REFERENCES app_user (id)
) ENGINE = InnoDB;
