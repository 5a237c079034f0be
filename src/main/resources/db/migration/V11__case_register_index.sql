-- Case register (list, search, CSV export), paged in the database newest first, over ten years of
-- records of some 500 schools. Both indexes end with reported_at (and, inside InnoDB, the id), so
-- "order by reported_at desc, id desc" reads them backwards with no sort of the whole result.
--
-- A lead lists the school's staff cases, a DSL its child-protection cases: school and the allowed
-- categories, then time. (A head teacher sees every category: ix_incident_school_reported of V1.)
CREATE INDEX ix_incident_school_category_reported ON incident (school_id, category, reported_at);
-- LA HR lists the cases handed to it across the LA's schools: the few handed-over rows, newest first,
-- each checked against its school's local authority by primary key.
CREATE INDEX ix_incident_hr_reported ON incident (handed_to_hr, reported_at);
