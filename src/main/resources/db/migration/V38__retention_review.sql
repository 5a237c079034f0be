-- Issue #15 item 5, R-X-5: a child-protection record falls due at the youngest child's 25th birthday
-- "then a DSL review". The review may destroy it, or keep it and review it again on a later day, for
-- a reason recorded here; the schedule's due_on moves to that day. Kept while the case is kept and
-- deleted with it (the audit trail keeps that a review deferred it: RETENTION_REVIEW_DEFERRED).
CREATE TABLE retention_review (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id     BIGINT       NOT NULL,
    case_reference  VARCHAR(20)  NOT NULL,
    reviewed_by     BIGINT       NOT NULL,
    reviewed_at     DATETIME(6)  NOT NULL,
    was_due_on      DATE         NOT NULL,
    review_again_on DATE         NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    CONSTRAINT fk_retention_review_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_retention_review_user FOREIGN KEY (reviewed_by) REFERENCES app_user (id),
    -- a case's reviews (the due list's "reviewed before" and destruction by case)
    INDEX ix_retention_review_incident (incident_id, reviewed_at)
) ENGINE = InnoDB;
