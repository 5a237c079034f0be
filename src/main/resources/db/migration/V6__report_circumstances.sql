-- R-ST-2, R-ST-3: who the reporter says is responsible, immediate danger, wish for police,
-- and the evidence they hold.
ALTER TABLE incident
    ADD COLUMN perpetrator_kind VARCHAR(20)   NOT NULL DEFAULT 'UNKNOWN',
    ADD COLUMN perpetrator_name VARCHAR(200)  NULL,
    ADD COLUMN immediate_danger BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN police_wanted    BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN evidence_held    VARCHAR(2000) NULL;
