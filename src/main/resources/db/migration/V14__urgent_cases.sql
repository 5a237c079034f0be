-- R-X-1a, R-ST-3, R-SX-4 (issue #9): a case is urgent when the reporter was in immediate danger, or the
-- DSL's review finds a child at immediate risk of harm or an adult involved; the case page says so.
ALTER TABLE incident ADD COLUMN urgent BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE incident SET urgent = immediate_danger;
