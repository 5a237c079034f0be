-- R-ST-13 (issue #9): a staff member who does not answer the satisfaction question by its deadline
-- closes the case as "no answer"; one who is not satisfied gets the head teacher's review of the case.
ALTER TABLE satisfaction_record ADD COLUMN no_answer BOOLEAN NULL;

CREATE TABLE handling_review (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    row_key     VARCHAR(160) NOT NULL,
    recorded_by VARCHAR(64)  NULL,
    recorded_at DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(64)  NULL,
    updated_at  DATETIME(6)  NULL,
    findings    VARCHAR(500) NULL,
    CONSTRAINT uk_handling_review UNIQUE (row_key),
    INDEX ix_handling_review_incident (incident_id, recorded_at),
    CONSTRAINT fk_handling_review_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;
