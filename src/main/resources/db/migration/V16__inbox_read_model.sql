-- Issue #10: the inbox's own read model of the engine's open tasks, kept by engine-wide listeners in
-- the engine's transaction (workflow/InboxTaskListener), so the inbox is paged, filtered and ordered
-- in an index instead of Flowable's task query with its candidate-group EXISTS.

-- One row per open task: what the inbox shows.
CREATE TABLE inbox_task (
    task_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)  NULL,
    process_key         VARCHAR(255) NULL,
    task_key            VARCHAR(255) NULL,
    name                VARCHAR(255) NULL,
    school_id           BIGINT       NULL,
    case_reference      VARCHAR(40)  NULL,
    category            VARCHAR(40)  NULL,
    urgent              BOOLEAN      NOT NULL,
    due_at              DATETIME(3)  NULL,
    created_at          DATETIME(3)  NOT NULL,
    assignee            VARCHAR(255) NULL,
    candidate_groups    VARCHAR(1000) NOT NULL,
    suspended           BOOLEAN      NOT NULL,
    INDEX inbox_task_instance (process_instance_id)
);

-- One row per task and per audience: each candidate group or candidate user, and the assignee
-- (workflow user ids are 'user:<id>', groups 'school:<id>:<role>' or 'la:<id>:hr', so they cannot
-- clash). The columns the inbox filters and sorts on are copied here so that one audience's page is
-- read in index order: urgent first (urgent_rank 0), then tasks with a deadline by due date (overdue
-- ones are due soonest), then those without (no_due 1), then the oldest.
CREATE TABLE inbox_task_audience (
    audience       VARCHAR(255) NOT NULL,
    task_id        VARCHAR(64)  NOT NULL,
    suspended      BOOLEAN      NOT NULL,
    urgent_rank    TINYINT      NOT NULL,
    no_due         TINYINT      NOT NULL,
    due_at         DATETIME(3)  NULL,
    created_at     DATETIME(3)  NOT NULL,
    assignee       VARCHAR(255) NULL,
    school_id      BIGINT       NULL,
    category       VARCHAR(40)  NULL,
    case_reference VARCHAR(40)  NULL,
    PRIMARY KEY (audience, task_id),
    INDEX inbox_order (audience, suspended, urgent_rank, no_due, due_at, created_at, task_id),
    INDEX inbox_by_category (audience, category, suspended, urgent_rank, no_due, due_at, created_at),
    INDEX inbox_by_school (audience, school_id, suspended, urgent_rank, no_due, due_at, created_at),
    INDEX inbox_by_reference (audience, case_reference, suspended, urgent_rank, no_due, due_at, created_at),
    INDEX inbox_audience_task (task_id)
);

-- A database made by an earlier version has open tasks already: the read model is built from the
-- engine once, at the next start (workflow/InboxRebuild), and this row is removed when it is done.
CREATE TABLE inbox_rebuild (
    id           INT         NOT NULL PRIMARY KEY,
    requested_at DATETIME(3) NOT NULL
);
INSERT INTO inbox_rebuild (id, requested_at) VALUES (1, CURRENT_TIMESTAMP(3));

-- The last filter each user chose in the inbox (kept across sessions).
CREATE TABLE inbox_filter_choice (
    user_id    BIGINT       NOT NULL PRIMARY KEY,
    filter     VARCHAR(500) NOT NULL,
    chosen_at  DATETIME(3)  NOT NULL
);
