-- Issue #15 item 4: cross-school patterns. One row per identifier (account, web address, phone number)
-- a case names, as its keyed hash only (HMAC-SHA256 under a key kept out of the database): never the
-- identifier, never case text. The school and local authority are copied in so the LA admin's query
-- groups one LA's keys from one index without reading incidents.
CREATE TABLE pattern_key (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    key_hash           CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    incident_id        BIGINT       NOT NULL,
    school_id          BIGINT       NOT NULL,
    local_authority_id BIGINT       NOT NULL,
    recorded_at        DATETIME(6)  NOT NULL,
    -- A case names an identifier once however many of its records repeat it (INSERT IGNORE).
    CONSTRAINT uk_pattern_key UNIQUE (incident_id, kind, key_hash),
    -- The patterns page: an LA's keys grouped by (kind, key), counting distinct schools, with first and
    -- last times, read from this index alone; then the schools and cases of one page of keys.
    INDEX ix_pattern_key_la (local_authority_id, kind, key_hash, school_id, recorded_at, incident_id),
    CONSTRAINT fk_pattern_key_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_pattern_key_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_pattern_key_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id)
) ENGINE = InnoDB;

-- The backfill of cases reported before this version: how far (by incident id) it has got, and when it ended.
CREATE TABLE pattern_key_backfill (
    name             VARCHAR(40) PRIMARY KEY,
    last_incident_id BIGINT      NOT NULL DEFAULT 0,
    finished_at      DATETIME(6) NULL
) ENGINE = InnoDB;
