package org.safecase.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Issue #15 item 1 (R-X-3): the two database accounts. Migrations (Flyway, Flowable's own schema)
 * run as the <em>schema</em> user ({@code SAFECASE_DB_SCHEMA_USER}); the application's JTA data
 * source connects as the <em>runtime</em> user ({@code SAFECASE_DB_USER}), which holds table-level
 * grants only: SELECT, INSERT, UPDATE and DELETE on each table, and only SELECT and INSERT on the
 * {@link #APPEND_ONLY} tables, so that the application (and whoever takes it over) cannot change or
 * delete an audit row. MariaDB cannot take a table privilege away from a database-wide grant, so the
 * runtime user must have none: the schema user, holding GRANT OPTION, grants table by table after
 * every migration at start, which also covers tables added by later migrations and Flowable's.
 * <p>
 * Without a schema user (single-user installations, the embedded demo) both are one account, and
 * the start-up says so in a WARNING: the trail is then tamper-evident (its hash chain) but not
 * append-only at the database.
 */
@ApplicationScoped
public class DatabaseAccounts {
    private static final Logger LOG = Logger.getLogger(DatabaseAccounts.class.getName());

    /**
     * The tables the runtime user may only read and add to: the audit trail, its hash chain, and
     * the destruction log (issue #15 item 5; granted once that table exists). Add new ones here.
     */
    public static final Set<String> APPEND_ONLY = Set.of("audit_event", "audit_chain", "destruction_log");
    static final String SCHEMA_USER = "SAFECASE_DB_SCHEMA_USER";
    static final String SCHEMA_PASSWORD = "SAFECASE_DB_SCHEMA_PASSWORD";
    /** MariaDB's "there is no such grant defined": revoking what was never granted. */
    private static final int NO_SUCH_GRANT = 1147;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource runtime;

    private volatile DataSource schema;
    private volatile Boolean appendOnly;

    /** Whether migrations run as an account of their own ({@code SAFECASE_DB_SCHEMA_USER} set). */
    public boolean separate() {
        String user = System.getenv(SCHEMA_USER);
        return user != null && !user.isBlank();
    }

    /**
     * The data source for schema work: the schema user's (not pooled, not in JTA transactions: DDL
     * commits by itself in MariaDB), or the application's own when there is no schema user.
     */
    public DataSource schemaDataSource() {
        if (!separate()) {
            return runtime;
        }
        if (schema == null) {
            try {
                MariaDbDataSource source = new MariaDbDataSource(System.getenv("SAFECASE_DB_URL"));
                source.setUser(System.getenv(SCHEMA_USER));
                String password = System.getenv(SCHEMA_PASSWORD);
                source.setPassword(password == null ? "" : password);
                schema = source;
            } catch (SQLException e) {
                throw new IllegalStateException("SAFECASE_DB_URL is not a MariaDB address", e);
            }
        }
        return schema;
    }

    /**
     * After the migrations: the runtime user gets its table-level grants (when there is a schema
     * user), then a probe tries to change an audit row as the runtime user; if the database allows
     * it, a WARNING says the trail is not append-only.
     */
    public void grantRuntimeAccess() {
        String account = runtimeAccount();
        if (separate()) {
            long started = System.nanoTime();
            int tables = grantTables(account);
            LOG.info(() -> "Runtime database user " + account + " granted table by table on " + tables
                    + " tables (append-only: " + APPEND_ONLY + ") in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } else {
            LOG.warning(() -> "SAFECASE_DB_SCHEMA_USER is not set: migrations and the application share the database user "
                    + account + ", so the audit trail is not append-only at the database (its hash chain still shows "
                    + "tampering). Set SAFECASE_DB_SCHEMA_USER and SAFECASE_DB_SCHEMA_PASSWORD (see the README).");
        }
        appendOnly = !runtimeMayChangeAuditRows();
        if (separate() && !appendOnly) {
            LOG.warning(() -> "The runtime database user " + account + " may still change audit rows: it holds a "
                    + "database-wide grant, which MariaDB cannot narrow table by table. Revoke it (see the README).");
        }
    }

    /** Whether the database refuses the application's connections any change to audit rows (checked at start). */
    public boolean appendOnly() {
        return Boolean.TRUE.equals(appendOnly);
    }

    /** The account the application's pool really connects as, {@code 'user'@'host'} (CURRENT_USER()). */
    public String runtimeAccount() {
        try (Connection connection = runtime.getConnection(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT CURRENT_USER()")) {
            row.next();
            return quotedAccount(row.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the runtime database user", e);
        }
    }

    /** {@code user@host} as CURRENT_USER() gives it, quoted for GRANT ({@code 'user'@'host'}). */
    static String quotedAccount(String currentUser) {
        int at = currentUser.lastIndexOf('@');
        String user = at < 0 ? currentUser : currentUser.substring(0, at);
        String host = at < 0 ? "%" : currentUser.substring(at + 1);
        return "'" + user.replace("'", "''") + "'@'" + host.replace("'", "''") + "'";
    }

    /** The statements that give {@code account} its rights on {@code table} (append-only or not). */
    static List<String> grantsFor(String table, String account) {
        String quoted = "`" + table.replace("`", "``") + "`";
        if (APPEND_ONLY.contains(table.toLowerCase(Locale.ROOT))) {
            return List.of("GRANT SELECT, INSERT ON " + quoted + " TO " + account,
                    "REVOKE UPDATE, DELETE ON " + quoted + " FROM " + account);
        }
        return List.of("GRANT SELECT, INSERT, UPDATE, DELETE ON " + quoted + " TO " + account);
    }

    private int grantTables(String account) {
        try (Connection connection = schemaDataSource().getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                for (String grant : grantsFor(table, account)) {
                    try {
                        statement.execute(grant);
                    } catch (SQLException e) {
                        if (e.getErrorCode() != NO_SUCH_GRANT) {
                            throw e;
                        }
                    }
                }
            }
            return tables.size();
        } catch (SQLException e) {
            throw new IllegalStateException("The schema user (SAFECASE_DB_SCHEMA_USER) could not grant the runtime user "
                    + account + " its tables: it needs ALL PRIVILEGES WITH GRANT OPTION on the database", e);
        }
    }

    /** Tries, as the runtime user, an UPDATE of no audit row: MariaDB checks the privilege before looking for rows. */
    private boolean runtimeMayChangeAuditRows() {
        try (Connection connection = runtime.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE audit_event SET subject = subject WHERE 1 = 0");
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }
}
