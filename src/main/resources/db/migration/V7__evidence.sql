-- Evidence for staff cases: files (checked by content, SHA-256 recorded, kept in the database so
-- it is backed up and deleted with the case, never under the web root) and web-address records.
CREATE TABLE evidence_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    file_name   VARCHAR(255)  NULL,
    media_type  VARCHAR(100)  NULL,
    size_bytes  BIGINT        NULL,
    sha256      CHAR(64)      NULL,
    content     LONGBLOB      NULL,
    web_address VARCHAR(2048) NULL,
    captured_at DATETIME      NULL,
    added_by    BIGINT        NOT NULL,
    added_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_evidence_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_evidence_user FOREIGN KEY (added_by) REFERENCES app_user (id),
    INDEX ix_evidence_incident (incident_id, added_at)
) ENGINE = InnoDB;
