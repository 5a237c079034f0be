-- R-X-1: days a school is closed (holidays, training days). A row without a school applies to
-- every school of the local authority (e.g. a one-off bank holiday proclaimed after release).
CREATE TABLE school_closure (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    local_authority_id BIGINT       NOT NULL,
    school_id          BIGINT       NULL,
    first_day          DATE         NOT NULL,
    last_day           DATE         NOT NULL,
    reason             VARCHAR(200) NOT NULL,
    CONSTRAINT fk_closure_la FOREIGN KEY (local_authority_id) REFERENCES local_authority (id),
    CONSTRAINT fk_closure_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_closure_order CHECK (last_day >= first_day),
    INDEX ix_closure_school_last_day (school_id, last_day),
    INDEX ix_closure_la_last_day (local_authority_id, last_day)
) ENGINE = InnoDB;
