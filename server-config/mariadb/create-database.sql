-- Creates the SafeCase database and its two users. Run as an administrator:
--   mariadb -uroot -e "SET @schema_pw='choose-one'; SET @app_pw='choose-another'; SOURCE server-config/mariadb/create-database.sql;"
-- safecase_schema runs the migrations (SAFECASE_DB_SCHEMA_USER) and, holding GRANT OPTION, gives
-- the runtime user its rights table by table at every start. safecase (SAFECASE_DB_USER) is what
-- the application connects as: it gets no database-wide privilege to change anything here (MariaDB could not take
-- UPDATE or DELETE on the audit tables away from one), so audit rows are append-only (R-X-3).
CREATE DATABASE IF NOT EXISTS safecase CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS 'safecase_schema'@'localhost';
EXECUTE IMMEDIATE CONCAT('ALTER USER ''safecase_schema''@''localhost'' IDENTIFIED BY ''', @schema_pw, '''');
GRANT ALL PRIVILEGES ON safecase.* TO 'safecase_schema'@'localhost' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS 'safecase'@'localhost';
EXECUTE IMMEDIATE CONCAT('ALTER USER ''safecase''@''localhost'' IDENTIFIED BY ''', @app_pw, '''');
-- An installation made with the earlier script gave 'safecase' the whole database: take it all
-- back (the first GRANT makes sure there is something to revoke on a new installation), then give
-- SELECT on the whole database, only so that it may connect before its tables are granted (reading
-- is no change); everything else it gets table by table, from the application at start.
GRANT SELECT ON safecase.* TO 'safecase'@'localhost';
REVOKE ALL PRIVILEGES ON safecase.* FROM 'safecase'@'localhost';
GRANT SELECT ON safecase.* TO 'safecase'@'localhost';
