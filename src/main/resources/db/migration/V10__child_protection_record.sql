-- R-SX-4: the referral decision on the case, with the version of the decision table that made it
-- (the table changes with national guidance; the case must say which rules applied).
ALTER TABLE incident
    ADD COLUMN referral_table_version INT     NULL,
    ADD COLUMN referral_required      BOOLEAN NULL,
    ADD COLUMN urgent_police          BOOLEAN NOT NULL DEFAULT FALSE;

-- R-SX-3, R-SX-5, R-SX-6: one record per child involved in a child-protection incident.
-- A label (initials or pupil number), never a name: the case already lives in the school's records.
CREATE TABLE child_safeguarding_record (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id             BIGINT       NOT NULL,
    child_number            INT          NOT NULL,
    child_label             VARCHAR(40)  NOT NULL,
    age                     INT          NOT NULL,
    vulnerable              BOOLEAN      NOT NULL,
    risk_assessment         TEXT         NOT NULL,
    safeguards              TEXT         NOT NULL,
    parents_informed        BOOLEAN      NOT NULL,
    parents_rationale       TEXT         NOT NULL,
    not_informed_agreed_by  VARCHAR(200) NULL,
    parents_review_on       DATE         NULL,
    recorded_at             DATETIME(6)  NOT NULL,
    recorded_by             VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_child_record UNIQUE (incident_id, child_number),
    CONSTRAINT fk_child_record_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
) ENGINE = InnoDB;
