-- Issue #15 items 3 and 4 (R-X-4): the governors' report and the LA dashboard count each case's
-- open tasks past their due date. They find them by the case's reference: without this index every
-- case of an LA's year would scan the inbox's open tasks.
CREATE INDEX ix_inbox_task_case_due ON inbox_task (case_reference, due_at);
