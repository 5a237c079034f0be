package org.safecase.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the test database, to check what was (not) stored. */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static final String HOST = System.getProperty("safecase.test.db.host", "127.0.0.1");
    public static final String PORT = System.getProperty("safecase.test.db.port", "3306");
    public static final String USER = System.getProperty("safecase.test.db.user", "safecase_test");
    public static final String PASSWORD = System.getProperty("safecase.test.db.password", "safecase_test");
    /** Issue #15 item 1: the user the application connects as (table grants only; none to change audit rows). */
    public static final String RUNTIME_USER = System.getProperty("safecase.test.db.runtime.user", "safecase_test_app");
    public static final String RUNTIME_PASSWORD = System.getProperty("safecase.test.db.runtime.password", "safecase_test_app");

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("safecase.test.db.url", "jdbc:mariadb://127.0.0.1:3306/safecase_test"),
                System.getProperty("safecase.test.db.user", "safecase_test"),
                System.getProperty("safecase.test.db.password", "safecase_test"));
    }

    /** A count (or any single number) from another test database on the same server. */
    public static long countIn(String database, String sql, Object... parameters) {
        return queryIn(database, sql, rows -> rows.next() ? rows.getLong(1) : -1L, parameters);
    }

    /** A single text value from another test database on the same server, or null. */
    public static String stringIn(String database, String sql, Object... parameters) {
        return queryIn(database, sql, rows -> rows.next() ? rows.getString(1) : null, parameters);
    }

    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T queryIn(String database, String sql, Rows<T> reader, Object... parameters) {
        try (Connection db = DriverManager.getConnection("jdbc:mariadb://" + HOST + ":" + PORT + "/" + database, USER,
                PASSWORD); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String string(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long incidents() {
        return count("SELECT COUNT(*) FROM incident");
    }

    /**
     * Lets the deadlines of a case pass: its timers become due now, for the server's job executor to
     * find (the only way to move time on a running server). Returns how many timers were moved.
     */
    public static int deadlinesPassNow(String caseReference) {
        try (Connection db = connect(); PreparedStatement due = db.prepareStatement(
                "UPDATE ACT_RU_TIMER_JOB SET DUEDATE_ = NOW(3) - INTERVAL 1 SECOND WHERE PROCESS_INSTANCE_ID_ = "
                        + "(SELECT process_instance_id FROM incident WHERE reference = ?)")) {
            due.setString(1, caseReference);
            return due.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Changes rows behind the application's back (a drift the inbox's check must find); returns how
     * many rows changed.
     */
    public static int update(String sql, Object... parameters) {
        try (Connection db = connect(); PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Lets a task's deadline pass (or move): the engine's due date and the inbox's copy of it
     * together, as the engine's own due-date change would (the only way to move time for one task
     * on a running server).
     */
    public static void taskDueAt(String taskId, java.time.Instant due) {
        java.sql.Timestamp at = java.sql.Timestamp.from(due);
        update("UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE ID_ = ?", at, taskId);
        update("UPDATE inbox_task SET due_at = ? WHERE task_id = ?", at, taskId);
        update("UPDATE inbox_task_audience SET due_at = ?, no_due = 0 WHERE task_id = ?", at, taskId);
    }

    /**
     * Forgets the failed sign-ins counted against an address (issue #12 item 2's throttle): a test
     * that sends wrong codes from 127.0.0.1, where every test signs in from, calls it afterwards so
     * that no later test is slowed or locked out.
     */
    public static void forgetSignInFailuresFrom(String address) {
        update("DELETE FROM sign_in_throttle WHERE subject_hash = SHA2(?, 256)", "address:" + address);
    }
}
