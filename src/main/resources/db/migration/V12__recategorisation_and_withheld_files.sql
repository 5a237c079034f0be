-- R-SX-1/R-SX-2: a staff case found to be about nude images of a pupil is re-categorised as child
-- protection. The case keeps what it was; files it already held are withheld at once (no one can
-- open them again) until the DSL has them destroyed, and the destruction is recorded here.
ALTER TABLE incident
    ADD COLUMN recategorised_from VARCHAR(40) NULL,
    ADD COLUMN recategorised_at   DATETIME(6) NULL;

ALTER TABLE evidence_item
    ADD COLUMN withheld            BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN destroyed_at        DATETIME(6)  NULL,
    ADD COLUMN destroyed_by        VARCHAR(64)  NULL,
    ADD COLUMN destruction_witness VARCHAR(200) NULL,
    ADD COLUMN destruction_note    TEXT         NULL;
