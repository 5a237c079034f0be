-- Issue #12 item 1: API tokens. Only the SHA-256 of a token's secret is kept; the secret is shown
-- once, when the token is made. A token acts with its user's rights (optionally read only) until
-- it expires or is revoked, and stops at once when its user is deactivated.
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    created_by   BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    secret_hash  CHAR(64)     NOT NULL,
    read_only    BOOLEAN      NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    revoked_at   DATETIME(6)  NULL,
    last_used_at DATETIME(6)  NULL,
    CONSTRAINT uk_api_token_secret UNIQUE (secret_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_api_token_creator FOREIGN KEY (created_by) REFERENCES app_user (id),
    INDEX ix_api_token_user (user_id, created_at)
) ENGINE = InnoDB;

-- Issue #12 item 2: failed sign-ins counted per account name as typed and per remote address, in
-- the database so that every node of a cluster sees the same counts. The subject is a SHA-256
-- ("account:" + the name in lower case, or "address:" + the address): never a name or a password.
CREATE TABLE sign_in_throttle (
    subject_hash   CHAR(64)    NOT NULL PRIMARY KEY,
    failures       INT         NOT NULL,
    window_started DATETIME(6) NOT NULL,
    locked_until   DATETIME(6) NULL,
    INDEX ix_sign_in_throttle_window (window_started)
) ENGINE = InnoDB;
