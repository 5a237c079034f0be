-- Issue #11 item 6: the language a person chose (a BCP 47 tag such as en-GB). Null until they
-- choose; then their browser's language is used if supported, else en-GB. E-mails to them are
-- written in it.
ALTER TABLE app_user ADD COLUMN locale VARCHAR(35) NULL;
