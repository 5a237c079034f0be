package org.safecase.bench;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the benchmarks of bench/README.md share: a scratch database on the machine's MariaDB with
 * our real Flyway migrations, and the timing of a query in it (after a warm-up, with fresh
 * parameters each time), summed up as median and 95th percentile.
 */
public final class BenchDatabase {
    private BenchDatabase() {
    }

    /** Times of one query's runs, sorted, in nanoseconds. */
    public record Timing(long[] sorted) {
        public long median() {
            return sorted[sorted.length / 2];
        }

        /** The nearest-rank 95th percentile: 95 runs in a hundred took this long or less. */
        long p95() {
            return percentile(95);
        }

        /** The nearest-rank {@code p}th percentile: p runs in a hundred took this long or less. */
        long percentile(int p) {
            return sorted[Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
        }
    }

    /** One run of a query with the given input. */
    public interface Run<T> {
        void run(T input) throws SQLException;
    }

    /**
     * Drops and creates the scratch database, applies the migrations and returns its JDBC URL.
     * Never point it at a database that anyone keeps.
     */
    public static String create(String server, String database) throws SQLException {
        empty(server, database);
        String url = server + database;
        Flyway.configure(BenchDatabase.class.getClassLoader()).dataSource(url, "root", "")
                .locations("classpath:db/migration").load().migrate();
        return url;
    }

    /**
     * Local authority 1 with {@code schools} schools (ids 1 to n, "School n") and one reporter in
     * each (user id = school id), in the caller's transaction.
     */
    public static void seedLocalAuthority(Connection db, int schools) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO local_authority (name) VALUES ('Bench LA')");
        }
        try (PreparedStatement school = db.prepareStatement(
                "INSERT INTO school (local_authority_id, name, urn, nation) VALUES (1, ?, ?, 'ENGLAND')");
             PreparedStatement user = db.prepareStatement("INSERT INTO app_user (username, display_name, email, "
                     + "password_hash, local_authority_id, school_id) VALUES (?, 'Reporter', 'r@example.org', 'x', 1, ?)")) {
            for (int s = 1; s <= schools; s++) {
                school.setString(1, "School " + s);
                school.setString(2, "B" + s);
                school.addBatch();
                user.setString(1, "reporter" + s);
                user.setLong(2, s);
                user.addBatch();
            }
            school.executeBatch();
            user.executeBatch();
        }
    }

    /** Drops and creates {@code database}, empty. Never point it at a database that anyone keeps. */
    static void empty(String server, String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server, "root", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
    }

    /**
     * Runs the query {@code repeats} times, after {@code repeats / 5} untimed runs, each with a
     * fresh input made before the clock starts.
     */
    public static <T> Timing time(int repeats, Supplier<T> input, Run<T> query) throws SQLException {
        long[] times = new long[repeats];
        for (int run = -repeats / 5; run < repeats; run++) {
            T value = input.get();
            long started = System.nanoTime();
            query.run(value);
            if (run >= 0) {
                times[run] = System.nanoTime() - started;
            }
        }
        Arrays.sort(times);
        return new Timing(times);
    }

    /** Sets the parameters, runs the query and reads its rows; returns the first column of each. */
    public static List<Object> read(PreparedStatement query, List<?> parameters) throws SQLException {
        for (int p = 0; p < parameters.size(); p++) {
            query.setObject(p + 1, parameters.get(p));
        }
        List<Object> first = new java.util.ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                first.add(rows.getObject(1));
                for (int c = 2; c <= columns; c++) {
                    rows.getObject(c);
                }
            }
        }
        return first;
    }
}
