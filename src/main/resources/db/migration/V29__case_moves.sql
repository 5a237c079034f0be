-- Issue #14 item 6: a running case moved by an LA admin to another version of its model. Flowable
-- keeps no record of a migration (it only rewrites the definition its rows point at): this row is
-- what the case's timeline says about the move, and who made it.
CREATE TABLE case_move (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_reference      VARCHAR(40)  NOT NULL,
    process_instance_id VARCHAR(64)  NOT NULL,
    model_key           VARCHAR(100) NOT NULL,
    model_name          VARCHAR(255) NULL,
    from_version        INT          NOT NULL,
    to_version          INT          NOT NULL,
    moved_by_id         BIGINT       NOT NULL,
    moved_by_name       VARCHAR(200) NOT NULL,
    moved_at            DATETIME(6)  NOT NULL
);
CREATE INDEX ix_case_move_reference ON case_move (case_reference, moved_at);
