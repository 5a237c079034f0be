-- R-ST-9: cases handed to LA HR; R-ST-13: closure with the staff member's satisfaction.
ALTER TABLE incident
    ADD COLUMN handed_to_hr       BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN closed_at          DATETIME(6) NULL,
    ADD COLUMN reporter_satisfied BOOLEAN     NULL,
    ADD COLUMN advice_lines_given BOOLEAN     NOT NULL DEFAULT FALSE;
CREATE INDEX ix_incident_school_hr ON incident (school_id, handed_to_hr);
