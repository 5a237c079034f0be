-- Issue #15 item 7: subject access. A request for everything held about a staff member as reporter
-- (and so victim) of their own cases, made by them or by an LA admin for them; reviewed and released
-- by an LA admin; downloaded by the staff member only once released.
CREATE TABLE subject_access_request (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT      NOT NULL,
    requester_id       BIGINT      NOT NULL,
    subject_user_id    BIGINT      NOT NULL,
    -- REQUESTED, IN_REVIEW (a reviewer has begun), RELEASED
    state              VARCHAR(20) NOT NULL,
    created_at         DATETIME(6) NOT NULL,
    released_at        DATETIME(6) NULL,
    released_by        BIGINT      NULL,
    version            BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_sar_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_sar_requester FOREIGN KEY (requester_id) REFERENCES app_user (id),
    CONSTRAINT fk_sar_subject FOREIGN KEY (subject_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_sar_released_by FOREIGN KEY (released_by) REFERENCES app_user (id),
    -- a staff member's own requests, newest first
    INDEX ix_sar_subject (subject_user_id, created_at, id),
    -- the reviewers' queue of an LA: not yet released, oldest first
    INDEX ix_sar_la_state (local_authority_id, state, created_at, id)
) ENGINE = InnoDB;

-- The free text of the export (descriptions, outcomes, web addresses of material...), copied when the
-- request is made so the reviewer redacts the export's copy and never the case. A passage that was not
-- copied (recorded after the request) is withheld from the export. Deleted with its case (R-X-5).
CREATE TABLE subject_access_passage (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT       NOT NULL,
    incident_id    BIGINT       NULL,
    case_reference VARCHAR(20)  NULL,
    source         VARCHAR(200) NOT NULL,
    label          VARCHAR(300) NOT NULL,
    text           TEXT         NOT NULL,
    reviewed_by    BIGINT       NULL,
    reviewed_at    DATETIME(6)  NULL,
    CONSTRAINT uk_sar_passage UNIQUE (request_id, source),
    CONSTRAINT fk_sar_passage_request FOREIGN KEY (request_id) REFERENCES subject_access_request (id),
    CONSTRAINT fk_sar_passage_reviewer FOREIGN KEY (reviewed_by) REFERENCES app_user (id),
    INDEX ix_sar_passage_incident (incident_id)
) ENGINE = InnoDB;
