-- Issue #15 item 1 (R-X-3): the audit trail's outcome (done or refused), the local authority each
-- row belongs to (written by the application, so that LA admins search only their own), the
-- indexes the search pages in the database with, and the hash chain that shows any tampering.
-- Rows hold references and ids, never case text; nothing links them to a case's rows, so they
-- outlive its destruction.
ALTER TABLE audit_event
    ADD COLUMN outcome VARCHAR(10) NOT NULL DEFAULT 'DONE',
    ADD COLUMN local_authority_id BIGINT NULL,
    ADD INDEX ix_audit_la_time (local_authority_id, occurred_at, id),
    ADD INDEX ix_audit_la_actor (local_authority_id, actor_id, occurred_at),
    ADD INDEX ix_audit_la_school (local_authority_id, school_id, occurred_at),
    ADD INDEX ix_audit_la_action (local_authority_id, action, occurred_at),
    ADD INDEX ix_audit_la_subject (local_authority_id, subject, occurred_at);

UPDATE audit_event SET outcome = 'REFUSED'
WHERE action IN ('ACCESS_REFUSED', 'TOKEN_REFUSED', 'SECOND_FACTOR_REFUSED', 'SINGLE_SIGN_ON_REFUSED', 'SIGN_IN_LOCKED');
UPDATE audit_event e JOIN school s ON s.id = e.school_id SET e.local_authority_id = s.local_authority_id;
UPDATE audit_event e JOIN app_user u ON u.id = e.actor_id SET e.local_authority_id = u.local_authority_id
WHERE e.local_authority_id IS NULL;

-- One link per sealed audit row, per chain (the local authority's id; 0 for rows of no local
-- authority, e.g. a sign-in lock on a name nobody holds). hash = SHA-256 over prev_hash and the
-- row's columns (oversight.audit.ChainLink). Written by the sealing job only, never changed: the
-- runtime database user may only read and insert here (platform.DatabaseAccounts).
CREATE TABLE audit_chain (
    event_id  BIGINT      NOT NULL PRIMARY KEY,
    chain_id  BIGINT      NOT NULL,
    seq       BIGINT      NOT NULL,
    prev_hash CHAR(64)    NOT NULL,
    hash      CHAR(64)    NOT NULL,
    sealed_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_audit_chain_seq UNIQUE (chain_id, seq)
) ENGINE = InnoDB;
