-- Issue #10, bench/run.sh inbox: "unclaimed" filters on the holder, which no index of the inbox
-- held, so each row of a page was read to check it. With the holder at the end of the inbox's
-- order, an unclaimed page is read from the index alone. (InnoDB keeps the primary key
-- (audience, task_id) in every index; the holder goes after it.)
ALTER TABLE inbox_task_audience
    DROP INDEX inbox_order,
    ADD INDEX inbox_order (audience, suspended, urgent_rank, no_due, due_at, created_at, task_id, assignee);
