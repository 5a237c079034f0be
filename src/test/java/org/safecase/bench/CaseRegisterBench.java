package org.safecase.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The case register's queries at the volume of a real local authority (bench/README.md): 500
 * schools, ten years of incidents, on the machine's MariaDB in a scratch database with our real
 * migrations. Each query's median is reported as a ratio to a primary-key read measured in the
 * same run, so the figures compare across machines. The SQL is what {@code CaseQuery} asks for.
 */
public final class CaseRegisterBench {
    private static final String STAFF = "'CYBERBULLYING','HARMFUL_CONTENT','IMPERSONATION','PHONE_ABUSE',"
            + "'PUBLISHED_ALLEGATION','OTHER'";
    private static final String[] CATEGORIES = {"CYBERBULLYING", "HARMFUL_CONTENT", "IMPERSONATION", "PHONE_ABUSE",
            "NUDE_IMAGES", "PUBLISHED_ALLEGATION", "OTHER"};
    private static final String[] PLATFORMS = {"Facebook", "Instagram", "TikTok", "Snapchat", "WhatsApp", "X",
        "YouTube", "Discord"};
    private static final String COLUMNS = "SELECT id, reference, category, status, reported_at FROM incident ";
    private static final String NEWEST_FIRST = " ORDER BY reported_at DESC, id DESC LIMIT 20";

    private final int schools = Integer.getInteger("bench.schools", 500);
    private final int incidents = Integer.getInteger("bench.incidents", 500_000);
    private final int repeats = Integer.getInteger("bench.repeats", 300);
    private final String server = System.getProperty("bench.server", "jdbc:mariadb://127.0.0.1:3306/");
    private final String database = System.getProperty("bench.database", "safecase_bench");
    private final Random random = new Random(42);

    public static void main(String[] args) throws SQLException {
        new CaseRegisterBench().run();
    }

    private void run() throws SQLException {
        String url = BenchDatabase.create(server, database);
        try (Connection db = DriverManager.getConnection(url, "root", "")) {
            long seeded = System.nanoTime();
            seed(db);
            System.out.printf("seeded %,d incidents in %d schools in %.1f s%n", incidents, schools,
                    (System.nanoTime() - seeded) / 1e9);
            try (Statement analyse = db.createStatement()) {
                analyse.execute("ANALYZE TABLE incident");
            }
            measure(db);
        }
    }

    private void seed(Connection db) throws SQLException {
        db.setAutoCommit(false);
        BenchDatabase.seedLocalAuthority(db, schools);
        LocalDateTime now = LocalDateTime.of(2026, 11, 24, 12, 0);
        // What a report names, as people write it: most name a platform, many an account or a web address, some a phone.
        String description = "Bench incident. " + "Posts and messages about a member of staff, seen over several days. "
                .repeat(6);
        try (PreparedStatement incident = db.prepareStatement("INSERT INTO incident (reference, school_id, reporter_id, "
                + "category, status, description, occurred_at, reported_at, handed_to_hr, platform, account_name, "
                + "location_url, phone_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= incidents; i++) {
                LocalDateTime reported = now.minusMinutes(random.nextInt(10 * 365 * 24 * 60));
                int school = 1 + random.nextInt(schools);
                int roll = random.nextInt(100);
                // One in twenty is a child-protection report; one staff case in fifty goes to HR.
                String category = roll < 5 ? "NUDE_IMAGES" : CATEGORIES[random.nextInt(CATEGORIES.length)];
                incident.setString(1, "SC-" + reported.getYear() + "-" + String.format("%06d", i));
                incident.setLong(2, school);
                incident.setLong(3, school);
                incident.setString(4, category);
                incident.setString(5, random.nextInt(10) < 8 ? "CLOSED" : "TRIAGED");
                incident.setString(6, description);
                incident.setTimestamp(7, Timestamp.valueOf(reported.minusHours(2)));
                incident.setTimestamp(8, Timestamp.valueOf(reported));
                incident.setBoolean(9, !"NUDE_IMAGES".equals(category) && random.nextInt(50) == 0);
                incident.setString(10, random.nextInt(10) < 7 ? PLATFORMS[random.nextInt(PLATFORMS.length)] : null);
                incident.setString(11, random.nextInt(2) == 0 ? "account_" + i : null);
                incident.setString(12, random.nextInt(10) < 4 ? "https://social.example/posts/" + i + "?ref=share" : null);
                incident.setString(13, random.nextInt(10) == 0 ? "07700 " + String.format("%06d", i % 1_000_000) : null);
                incident.addBatch();
                if (i % 5_000 == 0) {
                    incident.executeBatch();
                    db.commit();
                }
            }
            incident.executeBatch();
            db.commit();
        }
        db.setAutoCommit(true);
    }

    private void measure(Connection db) throws SQLException {
        long baseline = median(db, COLUMNS + "WHERE id = ?", () -> new Object[]{1L + random.nextInt(incidents)});
        System.out.printf("%-58s %9s %7s%n", "query", "median us", "ratio");
        System.out.printf("%-58s %9d %7s%n", "baseline: one incident by primary key", baseline / 1000, "1.0");
        report(db, baseline, "lead: first page of the school's staff cases",
                COLUMNS + "WHERE school_id = ? AND category IN (" + STAFF + ")" + NEWEST_FIRST, this::school);
        report(db, baseline, "lead: first page, as 'category <> NUDE_IMAGES'",
                COLUMNS + "WHERE school_id = ? AND category <> 'NUDE_IMAGES'" + NEWEST_FIRST, this::school);
        report(db, baseline, "lead: first page, forced onto (school_id, category, ...)",
                COLUMNS + "FORCE INDEX (ix_incident_school_category_listed) WHERE school_id = ? AND category IN (" + STAFF + ")"
                        + NEWEST_FIRST, this::school);
        report(db, baseline, "lead: total for the paginator",
                "SELECT COUNT(*) FROM incident WHERE school_id = ? AND category IN (" + STAFF + ")", this::school);
        report(db, baseline, "lead: page 10 (rows 181-200)",
                COLUMNS + "WHERE school_id = ? AND category IN (" + STAFF + ") ORDER BY reported_at DESC, id DESC "
                        + "LIMIT 20 OFFSET 180", this::school);
        report(db, baseline, "DSL: first page of child-protection cases",
                COLUMNS + "WHERE school_id = ? AND category = 'NUDE_IMAGES'" + NEWEST_FIRST, this::school);
        report(db, baseline, "HR: first page of handed-over cases of the LA",
                COLUMNS + "WHERE handed_to_hr = TRUE AND category IN (" + STAFF + ") AND school_id IN "
                        + "(SELECT id FROM school WHERE local_authority_id = ?)" + NEWEST_FIRST, () -> new Object[]{1L});
        report(db, baseline, "search by reference (any role)",
                COLUMNS + "WHERE reference = ?", () -> new Object[]{reference(db)});
        // Issue #10 item 4, as CaseQuery sends them: part of a reference, and what the report names (V18's mentions).
        report(db, baseline, "lead: search by part of a reference (6 digits)",
                COLUMNS + "WHERE school_id = ? AND category IN (" + STAFF + ") AND reference LIKE ? ESCAPE '!'"
                        + NEWEST_FIRST, () -> new Object[]{1L + random.nextInt(schools), containing(6)});
        report(db, baseline, "lead: search by part of an account name",
                COLUMNS + "WHERE school_id = ? AND category IN (" + STAFF + ") AND mentions LIKE ? ESCAPE '!'"
                        + NEWEST_FIRST, () -> new Object[]{1L + random.nextInt(schools),
                        "%account_" + (1 + random.nextInt(incidents)) + "%"});
        report(db, baseline, "lead: search by phone digits",
                COLUMNS + "WHERE school_id = ? AND category IN (" + STAFF + ") AND mentions LIKE ? ESCAPE '!'"
                        + NEWEST_FIRST, () -> new Object[]{1L + random.nextInt(schools), containing(5)});
        report(db, baseline, "DSL: search by part of a reference (6 digits)",
                COLUMNS + "WHERE school_id = ? AND category = 'NUDE_IMAGES' AND reference LIKE ? ESCAPE '!'"
                        + NEWEST_FIRST, () -> new Object[]{1L + random.nextInt(schools), containing(6)});
        report(db, baseline, "HR: search by part of a web address",
                COLUMNS + "WHERE handed_to_hr = TRUE AND category IN (" + STAFF + ") AND school_id IN "
                        + "(SELECT id FROM school WHERE local_authority_id = ?) AND mentions LIKE ? ESCAPE '!'"
                        + NEWEST_FIRST, () -> new Object[]{1L, "%social.example/posts/" + (1 + random.nextInt(incidents)) + "?%"});
        report(db, baseline, "HR: search by part of a reference (6 digits)",
                COLUMNS + "WHERE handed_to_hr = TRUE AND category IN (" + STAFF + ") AND school_id IN "
                        + "(SELECT id FROM school WHERE local_authority_id = ?) AND reference LIKE ? ESCAPE '!'"
                        + NEWEST_FIRST, () -> new Object[]{1L, containing(6)});
        report(db, baseline, "DSL page without V18's index (for comparison)",
                COLUMNS + "IGNORE INDEX (ix_incident_school_category_listed) WHERE school_id = ? "
                        + "AND category = 'NUDE_IMAGES'" + NEWEST_FIRST, this::school);
        report(db, baseline, "HR page without V18's index (for comparison)",
                COLUMNS + "IGNORE INDEX (ix_incident_hr_listed) WHERE handed_to_hr = TRUE AND category IN ("
                        + STAFF + ") AND school_id IN (SELECT id FROM school WHERE local_authority_id = ?)"
                        + NEWEST_FIRST, () -> new Object[]{1L});
        long exportStarted = System.nanoTime();
        int exported = exportSchool(db, 1 + random.nextInt(schools));
        System.out.printf("export of one school's staff cases, keyset pages of 500: %,d rows in %d ms%n", exported,
                (System.nanoTime() - exportStarted) / 1_000_000);
    }

    private Object[] school() {
        return new Object[]{1L + random.nextInt(schools)};
    }

    /** A LIKE pattern for the last {@code digits} digits of a random case's number. */
    private String containing(int digits) {
        String number = String.format("%06d", 1 + random.nextInt(incidents));
        return "%" + number.substring(number.length() - digits) + "%";
    }

    private String reference(Connection db) {
        return "SC-%d-%06d".formatted(2017 + random.nextInt(10), 1 + random.nextInt(incidents));
    }

    private void report(Connection db, long baseline, String name, String sql,
                        java.util.function.Supplier<Object[]> parameters) throws SQLException {
        long median = median(db, sql, parameters);
        System.out.printf("%-58s %9d %7.1f%n", name, median / 1000, (double) median / baseline);
    }

    /** Median wall time of the query with fresh parameters each time, after a warm-up. */
    private long median(Connection db, String sql, java.util.function.Supplier<Object[]> parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            return BenchDatabase.time(repeats, parameters, values -> BenchDatabase.read(query, List.of(values))).median();
        }
    }

    private int exportSchool(Connection db, long school) throws SQLException {
        int rows = 0;
        Timestamp afterAt = null;
        long afterId = 0;
        while (true) {
            String sql = COLUMNS + "WHERE school_id = ? AND category IN (" + STAFF + ")"
                    + (afterAt == null ? "" : " AND (reported_at < ? OR (reported_at = ? AND id < ?))")
                    + " ORDER BY reported_at DESC, id DESC LIMIT 500";
            List<Object[]> page = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(sql)) {
                query.setLong(1, school);
                if (afterAt != null) {
                    query.setTimestamp(2, afterAt);
                    query.setTimestamp(3, afterAt);
                    query.setLong(4, afterId);
                }
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        page.add(new Object[]{result.getLong(1), result.getTimestamp(5)});
                    }
                }
            }
            if (page.isEmpty()) {
                return rows;
            }
            rows += page.size();
            Object[] last = page.get(page.size() - 1);
            afterId = (Long) last[0];
            afterAt = (Timestamp) last[1];
        }
    }
}
