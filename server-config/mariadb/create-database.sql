-- Creates the SafeCase database and its user. Run as an administrator:
--   mariadb -uroot -e "SET @pw='choose-a-password'; SOURCE server-config/mariadb/create-database.sql;"
CREATE DATABASE IF NOT EXISTS safecase CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS 'safecase'@'localhost';
EXECUTE IMMEDIATE CONCAT('ALTER USER ''safecase''@''localhost'' IDENTIFIED BY ''', @pw, '''');
GRANT ALL PRIVILEGES ON safecase.* TO 'safecase'@'localhost';
