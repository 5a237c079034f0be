-- Issue #13 item 2: a second factor (TOTP, RFC 6238) for the powerful roles' local accounts,
-- required where the local authority says so (the demo data does not).
ALTER TABLE local_authority ADD COLUMN second_factor_required BOOLEAN NOT NULL DEFAULT FALSE;

-- One enrolled authenticator per user. The secret is sealed with AES-GCM under a key held only in
-- the server's configuration (identity/SecretSealing), never in this database. last_time_step is
-- the 30-second step of the last code accepted: a code is never accepted twice.
CREATE TABLE second_factor (
    user_id        BIGINT       NOT NULL PRIMARY KEY,
    sealed_secret  VARCHAR(200) NOT NULL,
    enrolled_at    DATETIME(6)  NOT NULL,
    last_time_step BIGINT       NOT NULL,
    CONSTRAINT fk_second_factor_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB;

-- Recovery codes, shown once at enrolment and kept only as a SHA-256; each works once.
CREATE TABLE recovery_code (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT      NOT NULL,
    code_hash CHAR(64)    NOT NULL,
    used_at   DATETIME(6) NULL,
    CONSTRAINT uk_recovery_code UNIQUE (user_id, code_hash),
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB;
