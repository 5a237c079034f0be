package org.safecase.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor under the application's intake: the very rows a run of reports left in the
 * application's database (our tables and Flowable's), written again by plain JDBC into empty
 * copies of those tables, in as many transactions as there were reports, from several clients.
 * One multi-row INSERT per table and transaction; no reads, no updates, no foreign-key checks: what the database alone costs for the same rows.
 */
final class RowReplay {
    /** The rows a run added to one table. */
    record TableRows(String table, List<String> columns, List<Object[]> rows) {
    }

    private final String server;
    private final String appDatabase;
    private final String beforeDatabase;

    RowReplay(String server, String appDatabase) {
        this.server = server;
        this.appDatabase = appDatabase;
        this.beforeDatabase = appDatabase + "_before";
    }

    /** Notes the primary keys of every row now in the application's tables. */
    void snapshot() throws SQLException {
        try (Connection db = DriverManager.getConnection(server, "root", ""); Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + beforeDatabase);
            sql.execute("CREATE DATABASE " + beforeDatabase);
            for (Map.Entry<String, List<String>> table : primaryKeys(db).entrySet()) {
                sql.execute("CREATE TABLE " + beforeDatabase + "." + table.getKey() + " AS SELECT "
                        + String.join(", ", table.getValue()) + " FROM " + appDatabase + "." + table.getKey());
            }
        }
    }

    /** The rows added since {@link #snapshot()}, table by table (tables without new rows left out). */
    List<TableRows> added() throws SQLException {
        List<TableRows> added = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(server, "root", "")) {
            for (Map.Entry<String, List<String>> table : primaryKeys(db).entrySet()) {
                List<String> columns = writableColumns(db, table.getKey());
                String match = table.getValue().stream().map(c -> "b." + c + " = a." + c)
                        .reduce((x, y) -> x + " AND " + y).orElseThrow();
                String select = "SELECT " + String.join(", ", columns.stream().map(c -> "a." + c).toList())
                        + " FROM " + appDatabase + "." + table.getKey() + " a WHERE NOT EXISTS (SELECT 1 FROM "
                        + beforeDatabase + "." + table.getKey() + " b WHERE " + match + ")";
                List<Object[]> rows = new ArrayList<>();
                try (Statement sql = db.createStatement(); ResultSet found = sql.executeQuery(select)) {
                    while (found.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int c = 0; c < row.length; c++) {
                            row[c] = found.getObject(c + 1);
                        }
                        rows.add(row);
                    }
                }
                if (!rows.isEmpty()) {
                    added.add(new TableRows(table.getKey(), columns, rows));
                }
            }
        }
        return added;
    }

    /**
     * Writes {@code tables}' rows into empty copies in {@code rawDatabase}, in {@code commits}
     * transactions from {@code clients} clients, again and again until {@code minSeconds} have been
     * measured after one untimed round; answers commits per second.
     */
    double replay(String rawDatabase, List<TableRows> tables, int commits, int clients, double minSeconds)
            throws Exception {
        try (Connection db = DriverManager.getConnection(server, "root", ""); Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + rawDatabase);
            sql.execute("CREATE DATABASE " + rawDatabase);
            for (TableRows table : tables) {
                sql.execute("CREATE TABLE " + rawDatabase + "." + table.table() + " LIKE " + appDatabase + "." + table.table());
            }
        }
        double measured = 0;
        long measuredCommits = 0;
        for (int round = 0; round == 0 || measured < minSeconds || round < 3; round++) {
            truncate(rawDatabase, tables);
            double seconds = oneRound(rawDatabase, tables, commits, clients);
            if (round > 0) {
                measured += seconds;
                measuredCommits += commits;
            }
        }
        return measuredCommits / measured;
    }

    private double oneRound(String rawDatabase, List<TableRows> tables, int commits, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        long from = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                try (Connection db = DriverManager.getConnection(server + rawDatabase, "root", "")) {
                    try (Statement sql = db.createStatement()) {
                        sql.execute("SET foreign_key_checks = 0");
                    }
                    db.setAutoCommit(false);
                    // One multi-row INSERT per table and commit, as Flowable's bulk inserts write them.
                    Map<String, PreparedStatement> inserts = new HashMap<>();
                    for (int commit = next.getAndIncrement(); commit < commits; commit = next.getAndIncrement()) {
                        for (TableRows table : tables) {
                            int size = table.rows().size();
                            int first = (int) ((long) commit * size / commits);
                            int end = (int) ((long) (commit + 1) * size / commits);
                            if (end == first) {
                                continue;
                            }
                            PreparedStatement insert = inserts.computeIfAbsent(table.table() + "/" + (end - first),
                                    key -> prepare(db, table, end - first));
                            int parameter = 1;
                            for (int r = first; r < end; r++) {
                                for (Object value : table.rows().get(r)) {
                                    insert.setObject(parameter++, value);
                                }
                            }
                            insert.executeUpdate();
                        }
                        db.commit();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        return (System.nanoTime() - from) / 1e9;
    }

    private static PreparedStatement prepare(Connection db, TableRows table, int rows) {
        String row = "(" + String.join(", ", java.util.Collections.nCopies(table.columns().size(), "?")) + ")";
        try {
            return db.prepareStatement("INSERT INTO " + table.table() + " (" + String.join(", ", table.columns())
                    + ") VALUES " + String.join(", ", java.util.Collections.nCopies(rows, row)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void truncate(String rawDatabase, List<TableRows> tables) throws SQLException {
        try (Connection db = DriverManager.getConnection(server, "root", ""); Statement sql = db.createStatement()) {
            sql.execute("SET foreign_key_checks = 0");
            for (TableRows table : tables) {
                sql.execute("TRUNCATE TABLE " + rawDatabase + "." + table.table());
            }
        }
    }

    /** Every base table of the application's database with its primary-key columns. */
    private Map<String, List<String>> primaryKeys(Connection db) throws SQLException {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT k.TABLE_NAME, k.COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE k
                JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = k.TABLE_SCHEMA AND t.TABLE_NAME = k.TABLE_NAME
                WHERE k.TABLE_SCHEMA = ? AND k.CONSTRAINT_NAME = 'PRIMARY' AND t.TABLE_TYPE = 'BASE TABLE'
                ORDER BY k.TABLE_NAME, k.ORDINAL_POSITION""")) {
            query.setString(1, appDatabase);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add("`" + rows.getString(2) + "`");
                }
            }
        }
        return keys;
    }

    /** The table's columns a row is written with (not the generated ones). */
    private List<String> writableColumns(Connection db, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT COLUMN_NAME FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND IS_GENERATED = 'NEVER' ORDER BY ORDINAL_POSITION""")) {
            query.setString(1, appDatabase);
            query.setString(2, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add("`" + rows.getString(1) + "`");
                }
            }
        }
        return columns;
    }
}
