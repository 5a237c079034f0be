-- Issue #14: the model library. Flowable keeps the deployed files (ACT_RE_*, ACT_DMN_*); these
-- tables keep what Flowable does not: who deployed each version and why, whether it came with
-- SafeCase or from an LA admin, the admins' drafts, and a newer shipped model waiting to be adopted.

-- Every deployed version of a process model or decision table. Versions deployed before this
-- table existed are recorded at the first start-up as shipped (ShippedModels).
CREATE TABLE model_version (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(10)   NOT NULL,
    model_key        VARCHAR(100)  NOT NULL,
    version          INT           NOT NULL,
    definition_id    VARCHAR(64)   NOT NULL,
    deployment_id    VARCHAR(64)   NOT NULL,
    origin           VARCHAR(10)   NOT NULL,
    checksum         CHAR(64)      NOT NULL,
    deployed_by_id   BIGINT        NULL,
    deployed_by_name VARCHAR(200)  NULL,
    deployed_at      DATETIME(6)   NOT NULL,
    change_note      VARCHAR(2000) NULL,
    CONSTRAINT uq_model_version UNIQUE (kind, model_key, version),
    CONSTRAINT ck_model_version_kind CHECK (kind IN ('PROCESS', 'DECISION')),
    CONSTRAINT ck_model_version_origin CHECK (origin IN ('SHIPPED', 'ADMIN'))
);
CREATE INDEX ix_model_version_definition ON model_version (definition_id);

-- An admin's unfinished edit of a model: one per model, shared by the LA's admins.
CREATE TABLE model_draft (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(10)  NOT NULL,
    model_key       VARCHAR(100) NOT NULL,
    model_xml       MEDIUMTEXT   NOT NULL,
    based_on        INT          NOT NULL,
    saved_by_id     BIGINT       NOT NULL,
    saved_by_name   VARCHAR(200) NOT NULL,
    saved_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uq_model_draft UNIQUE (kind, model_key)
);

-- A model shipped with this release of SafeCase that differs from the last shipped version but was
-- not deployed because an admin's version is in use: offered on the library page to compare and adopt.
CREATE TABLE shipped_model (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(10)  NOT NULL,
    model_key   VARCHAR(100) NOT NULL,
    checksum    CHAR(64)     NOT NULL,
    model_xml   MEDIUMTEXT   NOT NULL,
    offered_at  DATETIME(6)  NOT NULL,
    set_aside_at DATETIME(6) NULL,
    CONSTRAINT uq_shipped_model UNIQUE (kind, model_key)
);
