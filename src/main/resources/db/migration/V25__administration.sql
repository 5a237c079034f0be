-- Issue #13 item 3: LA admins keep schools and users; head teachers give roles among their staff.

-- A school's day, when it differs from the installation's (safecase.calendar.day-start/-end):
-- working-time deadlines and the hold on notifications follow it. Both or neither.
ALTER TABLE school ADD COLUMN day_starts TIME NULL, ADD COLUMN day_ends TIME NULL,
    ADD CONSTRAINT ck_school_day CHECK ((day_starts IS NULL AND day_ends IS NULL)
        OR (day_starts IS NOT NULL AND day_ends IS NOT NULL AND day_ends > day_starts));
-- Schools are listed and found by name within their local authority.
CREATE INDEX ix_school_la_name ON school (local_authority_id, name);

-- Raised whenever a user's roles, school or activity change: a session signed in under an older
-- value ends at its next request.
ALTER TABLE app_user ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;
-- Users are listed by name within their school or local authority, and found by e-mail in any
-- case (the link for single sign-on, the check that an address is not used twice).
ALTER TABLE app_user ADD COLUMN email_key VARCHAR(254) AS (LOWER(email)) VIRTUAL;
CREATE INDEX ix_app_user_email_key ON app_user (email_key);
CREATE INDEX ix_app_user_school_name ON app_user (school_id, display_name);
CREATE INDEX ix_app_user_la_name ON app_user (local_authority_id, display_name);

-- A one-time link to set a password (new users, resets), mailed by a background job. The secret is
-- made when the mail is sent and only its SHA-256 is kept (null until then); a link works once,
-- until it expires, and a newer link for the same user replaces it.
CREATE TABLE password_reset (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    issued_by   BIGINT      NULL,
    welcome     BOOLEAN     NOT NULL,
    secret_hash CHAR(64)    NULL,
    issued_at   DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    mailed_at   DATETIME(6) NULL,
    -- A failed send is tried again later, not first in the queue: one bad address never holds
    -- back the others' links.
    send_after  DATETIME(6) NOT NULL,
    failures    INT         NOT NULL DEFAULT 0,
    used_at     DATETIME(6) NULL,
    CONSTRAINT uk_password_reset_secret UNIQUE (secret_hash),
    CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_password_reset_issuer FOREIGN KEY (issued_by) REFERENCES app_user (id),
    INDEX ix_password_reset_user (user_id, issued_at),
    INDEX ix_password_reset_due (mailed_at, send_after)
) ENGINE = InnoDB;
