-- Issue #10 item 4: the case register finds a case by part of its reference and by the platform,
-- account, web address or phone number the report names, within the caller's scope.
--
-- What a report names, in one lower-case text the register searches with LIKE '%...%' (the search
-- term lower-cased the same way); the phone number by its digits alone, so "07700 900 123" finds
-- "07700900123". VIRTUAL: computed as rows are read, so adding it does not rewrite ten years of
-- incidents. A substring search cannot use a B-tree, so it reads the rows of the caller's scope
-- (a school's cases, or the few handed to HR), which the indexes below narrow first.
ALTER TABLE incident
    ADD COLUMN mentions VARCHAR(2400) AS (LOWER(CONCAT_WS(' | ', platform, account_name, location_url,
        REGEXP_REPLACE(phone_number, '[^0-9]', '')))) VIRTUAL;

-- The register's pages read only id, reference, category, status and reported_at, newest first
-- (reported_at desc, id desc). Each index below holds all of them, with id named right after
-- reported_at so that the index's order is the page's order: a page, and a search by part of a
-- reference, is read from the index alone, newest first, stopping at the page's last row.
--   a school's cases (a lead's staff cases, a head teacher's all): by school, then time;
--   one category of a school (a DSL's child-protection cases): by school and category, then time;
--   the cases handed to LA HR: by the flag, then time.
CREATE INDEX ix_incident_school_listed ON incident (school_id, reported_at, id, category, status, reference);
DROP INDEX ix_incident_school_reported ON incident;
CREATE INDEX ix_incident_school_category_listed ON incident (school_id, category, reported_at, id, status, reference);
DROP INDEX ix_incident_school_category_reported ON incident;
CREATE INDEX ix_incident_hr_listed ON incident (handed_to_hr, reported_at, id, category, school_id, status, reference);
DROP INDEX ix_incident_hr_reported ON incident;
