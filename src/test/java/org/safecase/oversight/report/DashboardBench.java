package org.safecase.oversight.report;

import org.safecase.bench.BenchDatabase;
import org.safecase.calendar.SchoolCalendar;
import org.safecase.calendar.SchoolDay;
import org.safecase.identity.Nation;
import org.safecase.identity.SchoolFacts;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The governors' report and the LA dashboard at the volume of a real local authority
 * (bench/README.md): 500 schools, ten years of incidents with their triage, satisfaction and
 * escalation records, on the machine's MariaDB in a scratch database with our real migrations.
 * Each figure is the whole work of the page short of drawing it: {@link ReportFacts}'s query as
 * the server sends it, its rows read, and the figures worked out ({@link AnnualFigures} for the
 * school, or for the LA and each of its schools with the {@link SchoolComparison}). Medians are
 * reported as ratios to a primary-key read measured in the same run.
 */
public final class DashboardBench {
    private static final String[] CATEGORIES = {"CYBERBULLYING", "HARMFUL_CONTENT", "IMPERSONATION", "PHONE_ABUSE",
            "NUDE_IMAGES", "PUBLISHED_ALLEGATION", "OTHER"};
    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d)");
    private static final SchoolYear YEAR = new SchoolYear(2025);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 12, 0);

    private final int schools = Integer.getInteger("bench.schools", 500);
    private final int incidents = Integer.getInteger("bench.incidents", 500_000);
    private final int repeats = Integer.getInteger("bench.repeats", 50);
    private final int dashboardRepeats = Integer.getInteger("bench.dashboardRepeats", 10);
    private final String server = System.getProperty("bench.server", "jdbc:mariadb://127.0.0.1:3306/");
    private final String database = System.getProperty("bench.database", "safecase_bench");
    private final Random random = new Random(42);
    private final SchoolCalendar calendar = new SchoolCalendar(Nation.ENGLAND, List.of(), SchoolDay.DEFAULT);

    public static void main(String[] args) throws SQLException {
        new DashboardBench().run();
    }

    private void run() throws SQLException {
        String url = BenchDatabase.create(server, database);
        try (Connection db = DriverManager.getConnection(url, "root", "")) {
            long seeded = System.nanoTime();
            int records = seed(db);
            System.out.printf("seeded %,d incidents in %d schools and %,d record rows in %.1f s%n", incidents, schools,
                    records, (System.nanoTime() - seeded) / 1e9);
            try (Statement analyse = db.createStatement()) {
                analyse.execute("ANALYZE TABLE incident, triage_record, satisfaction_record, escalation_record");
            }
            measure(db);
        }
    }

    private int seed(Connection db) throws SQLException {
        db.setAutoCommit(false);
        BenchDatabase.seedLocalAuthority(db, schools);
        int records = 0;
        try (PreparedStatement incident = db.prepareStatement("INSERT INTO incident (id, reference, school_id, reporter_id, "
                + "category, status, description, occurred_at, reported_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement triage = db.prepareStatement(
                     "INSERT INTO triage_record (incident_id, row_key, recorded_at) VALUES (?, CONCAT('triage-', ?), ?)");
             PreparedStatement satisfaction = db.prepareStatement("INSERT INTO satisfaction_record (incident_id, row_key, "
                     + "recorded_at, satisfied, no_answer) VALUES (?, CONCAT('satisfaction-', ?), ?, ?, ?)");
             PreparedStatement escalation = db.prepareStatement(
                     "INSERT INTO escalation_record (incident_id, row_key, recorded_at) VALUES (?, ?, ?)")) {
            for (int i = 1; i <= incidents; i++) {
                LocalDateTime reported = NOW.minusMinutes(random.nextInt(10 * 365 * 24 * 60));
                int school = 1 + random.nextInt(schools);
                // One in twenty is a child-protection report; four cases in five are closed.
                String category = random.nextInt(100) < 5 ? "NUDE_IMAGES" : CATEGORIES[random.nextInt(CATEGORIES.length)];
                boolean staff = !"NUDE_IMAGES".equals(category);
                LocalDateTime closed = random.nextInt(10) < 8 ? reported.plusDays(1 + random.nextInt(60)) : null;
                incident.setLong(1, i);
                incident.setString(2, "SC-" + reported.getYear() + "-" + String.format("%06d", i));
                incident.setLong(3, school);
                incident.setLong(4, school);
                incident.setString(5, category);
                incident.setString(6, closed == null ? "TRIAGED" : "CLOSED");
                incident.setString(7, "Bench incident.");
                incident.setTimestamp(8, Timestamp.valueOf(reported.minusHours(2)));
                incident.setTimestamp(9, Timestamp.valueOf(reported));
                incident.setTimestamp(10, closed == null ? null : Timestamp.valueOf(closed));
                incident.addBatch();
                if (staff && random.nextInt(10) < 9) {
                    triage.setLong(1, i);
                    triage.setLong(2, i);
                    triage.setTimestamp(3, Timestamp.valueOf(reported.plusHours(1 + random.nextInt(72))));
                    triage.addBatch();
                    records++;
                }
                if (staff && closed != null) {
                    boolean answered = random.nextInt(10) < 9;
                    satisfaction.setLong(1, i);
                    satisfaction.setLong(2, i);
                    satisfaction.setTimestamp(3, Timestamp.valueOf(closed));
                    satisfaction.setObject(4, answered ? random.nextBoolean() : null);
                    satisfaction.setBoolean(5, !answered);
                    satisfaction.addBatch();
                    records++;
                }
                if (random.nextInt(20) == 0) {
                    escalation.setLong(1, i);
                    escalation.setString(2, "escalation-" + i);
                    escalation.setTimestamp(3, Timestamp.valueOf(reported.plusDays(3)));
                    escalation.addBatch();
                    records++;
                }
                if (i % 5_000 == 0) {
                    incident.executeBatch();
                    triage.executeBatch();
                    satisfaction.executeBatch();
                    escalation.executeBatch();
                    db.commit();
                }
            }
            incident.executeBatch();
            triage.executeBatch();
            satisfaction.executeBatch();
            escalation.executeBatch();
            db.commit();
        }
        db.setAutoCommit(true);
        return records;
    }

    private void measure(Connection db) throws SQLException {
        long baseline;
        try (PreparedStatement byId = db.prepareStatement("SELECT id, reference, category, status, reported_at FROM incident "
                + "WHERE id = ?")) {
            baseline = BenchDatabase.time(300, () -> 1L + random.nextInt(incidents),
                    id -> BenchDatabase.read(byId, List.of(id))).median();
        }
        List<SchoolFacts> laSchools = new ArrayList<>();
        for (long s = 1; s <= schools; s++) {
            laSchools.add(new SchoolFacts(s, 1L, "School " + s, Nation.ENGLAND));
        }
        int[] rows = new int[1];
        long school;
        try (Query query = new Query(db, ReportFacts.casesQuery(ReportFacts.ONE_SCHOOL))) {
            school = BenchDatabase.time(repeats, () -> 1L + random.nextInt(schools), id -> {
                List<ReportedCase> cases = query.cases(id);
                AnnualFigures.of(YEAR, cases, List.of(), any -> calendar);
            }).median();
        }
        long dashboard;
        try (Query query = new Query(db, ReportFacts.casesQuery(ReportFacts.LOCAL_AUTHORITY))) {
            dashboard = BenchDatabase.time(dashboardRepeats, () -> 1L, la -> {
                List<ReportedCase> cases = query.cases(la);
                rows[0] = cases.size();
                AnnualFigures whole = AnnualFigures.of(YEAR, cases, List.of(), any -> calendar);
                Map<Long, List<ReportedCase>> bySchool = new HashMap<>();
                cases.forEach(each -> bySchool.computeIfAbsent(each.schoolId(), id -> new ArrayList<>()).add(each));
                Map<SchoolFacts, AnnualFigures> figures = new LinkedHashMap<>();
                for (SchoolFacts each : laSchools) {
                    figures.put(each, AnnualFigures.of(YEAR, bySchool.getOrDefault(each.id(), List.of()), List.of(),
                            any -> calendar));
                }
                SchoolComparison.of(figures, whole, Locale.UK);
                ReportSheets.sheet("Bench", whole, Locale.UK);
            }).median();
        }
        long dashboardRows;
        try (Query query = new Query(db, ReportFacts.casesQuery(ReportFacts.LOCAL_AUTHORITY))) {
            dashboardRows = BenchDatabase.time(dashboardRepeats, () -> 1L, query::cases).median();
        }
        System.out.printf("%-62s %10s %9s%n", "work", "median us", "ratio");
        System.out.printf("%-62s %10d %9s%n", "baseline: one incident by primary key", baseline / 1000, "1.0");
        System.out.printf("%-62s %10d %9.1f%n", "governors' report: one school's year (about "
                + rows[0] / schools + " cases)", school / 1000, (double) school / baseline);
        System.out.printf("%-62s %10d %9.1f%n", "LA dashboard: the LA's year, " + String.format("%,d", rows[0])
                + " cases, " + schools + " schools", dashboard / 1000, (double) dashboard / baseline);
        System.out.printf("%-62s %10d %9.1f%n", "  of which the query and its rows", dashboardRows / 1000,
                (double) dashboardRows / baseline);
    }

    /** {@link ReportFacts#casesQuery} over JDBC: its numbered parameters become JDBC's, in the order they appear. */
    private static final class Query implements AutoCloseable {
        private final PreparedStatement statement;
        private final List<Integer> order = new ArrayList<>();

        Query(Connection db, String sql) throws SQLException {
            Matcher numbered = PARAMETER.matcher(sql);
            while (numbered.find()) {
                order.add(Integer.parseInt(numbered.group(1)));
            }
            statement = db.prepareStatement(PARAMETER.matcher(sql).replaceAll("?"));
        }

        List<ReportedCase> cases(long scope) throws SQLException {
            Object[] values = {null, scope, Timestamp.valueOf(YEAR.firstDay().atStartOfDay()),
                    Timestamp.valueOf(YEAR.end()), Timestamp.valueOf(NOW)};
            for (int p = 0; p < order.size(); p++) {
                statement.setObject(p + 1, values[order.get(p)]);
            }
            List<ReportedCase> cases = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rows.getObject(c + 1);
                    }
                    cases.add(ReportFacts.reportedCase(row));
                }
            }
            return cases;
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}
