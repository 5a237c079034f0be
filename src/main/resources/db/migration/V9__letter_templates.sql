-- R-ST-5: each school's wording of the letter asking a known poster to remove material.
CREATE TABLE letter_template (
    school_id       BIGINT       NOT NULL PRIMARY KEY,
    removal_request TEXT         NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_letter_template_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE = InnoDB;
