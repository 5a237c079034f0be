-- Issue #15 item 2 (R-X-2): confidential notes a staff member keeps on their own case, marked
-- personal or union business, with files (screened as evidence is, kept in the database) and the
-- named people the author lets read each note. A grant is never deleted: revoking stamps it, so
-- who was let in, by whom, when and until when stays on record. Everything here goes when the case
-- is destroyed (platform.CaseDestroying).
CREATE TABLE confidential_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT       NOT NULL,
    author_id   BIGINT       NOT NULL,
    marking     VARCHAR(20)  NOT NULL,
    body        TEXT         NOT NULL,
    added_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_note_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_note_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    CONSTRAINT ck_note_marking CHECK (marking IN ('PERSONAL', 'UNION_BUSINESS')),
    -- a case's notes of one author (the case page, REST); destruction by case
    INDEX ix_note_incident_author (incident_id, author_id, added_at),
    -- an author's notes on all their cases (my reports)
    INDEX ix_note_author (author_id, added_at)
) ENGINE = InnoDB;

CREATE TABLE confidential_note_file (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    note_id    BIGINT       NOT NULL,
    file_name  VARCHAR(255) NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    content    LONGBLOB     NOT NULL,
    added_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_note_file_note FOREIGN KEY (note_id) REFERENCES confidential_note (id),
    INDEX ix_note_file_note (note_id, added_at)
) ENGINE = InnoDB;

CREATE TABLE confidential_note_grant (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    note_id    BIGINT      NOT NULL,
    grantee_id BIGINT      NOT NULL,
    granted_by BIGINT      NOT NULL,
    granted_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    revoked_by BIGINT      NULL,
    CONSTRAINT fk_note_grant_note FOREIGN KEY (note_id) REFERENCES confidential_note (id),
    CONSTRAINT fk_note_grant_grantee FOREIGN KEY (grantee_id) REFERENCES app_user (id),
    CONSTRAINT fk_note_grant_by FOREIGN KEY (granted_by) REFERENCES app_user (id),
    -- may this person read this note (every read asks)
    INDEX ix_note_grant_note (note_id, grantee_id, revoked_at),
    -- the notes shared with a person (their page and the navigation link)
    INDEX ix_note_grant_grantee (grantee_id, revoked_at, note_id)
) ENGINE = InnoDB;
