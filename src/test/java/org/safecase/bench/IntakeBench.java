package org.safecase.bench;

import org.safecase.testing.Api;
import org.safecase.testing.OwnServer;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bash bench/run.sh intake} (bench/README.md, issue #12 item 8): in one run on the
 * machine's MariaDB,
 * <ol>
 * <li>SafeCase started as production starts it, with the demo data: {@code POST /api/incidents}
 * by a staff member's API token from 8 clients;</li>
 * <li>bare Flowable 7.2 ({@link BareEngine}) starting the same staff-incident model with the
 * variables one of those reports started it with, from 8 clients;</li>
 * <li>the rows the reports left, written again by plain JDBC ({@link RowReplay}).</li>
 * </ol>
 * Prints one line per figure and the ratios {@code intake api/bare-engine} and
 * {@code intake api/raw-commit}. Target: the API at least 0.5x the bare engine. Because the
 * machine is shared, each figure also gives the CPU its process (the server, or the bench's own
 * JVM for the bare engine) spent per operation, and the ratio of those, which other work on the
 * machine moves much less than operations per second.
 * Settings: {@code -Dbench.clients=8 -Dbench.seconds=30 -Dbench.warmUpSeconds=10 -Dbench.auth=token|basic};
 * {@code -Dbench.profile=true} records the server with Java Flight Recorder and prints where its CPU went.
 */
public final class IntakeBench {
    private static final String APP_DB = "safecase_bench_intake";
    private static final String ENGINE_DB = "safecase_bench_engine";
    private static final String RAW_DB = "safecase_bench_raw";
    private static final String REPORTER = "staff.riverside";

    private IntakeBench() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 8);
        Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmUpSeconds", 10));
        Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
        String auth = System.getProperty("bench.auth", "token");
        RowReplay replay = new RowReplay(BenchServer.SERVER, APP_DB);
        Throughput.Result api;
        Map<String, Object> startVariables;
        long reports;
        List<RowReplay.TableRows> rows;
        boolean profile = Boolean.getBoolean("bench.profile");
        Path recording = Path.of("target/bench-intake.jfr").toAbsolutePath();
        java.nio.file.Files.deleteIfExists(recording);
        String javaOptions = "-Xmx768m" + (profile
                ? " -XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording : "");
        try (OwnServer app = BenchServer.start("bench-intake", APP_DB, Map.of("SAFECASE_JAVA_OPTS", javaOptions))) {
            String authorization = "token".equals(auth) ? "Bearer " + token(app.base())
                    : "Basic " + Base64.getEncoder().encodeToString((REPORTER + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
            replay.snapshot();
            long before = count(APP_DB, "SELECT COUNT(*) FROM incident");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            URI incidents = URI.create(app.base() + "api/incidents");
            api = Throughput.measure(clients, warmUp, measured, app.process(), client -> {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(incidents)
                        .header("Authorization", authorization).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(report())).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException("POST /api/incidents answered " + answer.statusCode() + ": " + answer.body());
                }
                return true;
            });
            reports = count(APP_DB, "SELECT COUNT(*) FROM incident") - before;
            startVariables = startVariables();
            rows = replay.added();
        }
        print("intake api reports/s (" + auth + ", " + clients + " clients)", api);
        if (profile) {
            HotMethods.print(recording, api.from(), api.to(), 12);
        }

        BenchDatabase.empty(BenchServer.SERVER, ENGINE_DB);
        Throughput.Result engine;
        AtomicLong caseNumber = new AtomicLong();
        try (BareEngine bare = BareEngine.start(BenchServer.SERVER, ENGINE_DB, Path.of("bpmn/staffIncident.bpmn20.xml"))) {
            engine = Throughput.measure(clients, warmUp, measured, ProcessHandle.current(), client -> {
                String reference = "BENCH-" + caseNumber.incrementAndGet();
                Map<String, Object> variables = new HashMap<>(startVariables);
                variables.put("caseReference", reference);
                bare.start("staffIncident", reference, variables);
                return true;
            });
        }
        print("intake bare-engine starts/s (" + clients + " clients)", engine);

        long rowsPerReport = Math.round(rows.stream().mapToLong(t -> t.rows().size()).sum() / (double) reports);
        double raw = replay.replay(RAW_DB, rows, (int) reports, clients, measured.toSeconds() / 3.0);
        System.out.printf("intake raw-commit commits/s (%d clients, %d rows each on average, %d tables): %.1f%n",
                clients, rowsPerReport, rows.size(), raw);
        for (RowReplay.TableRows table : rows) {
            System.out.printf("  rows per report in %s: %.2f%n", table.table(), table.rows().size() / (double) reports);
        }
        System.out.printf("intake api/bare-engine: %.2f%n", api.perSecond() / engine.perSecond());
        System.out.printf("intake api/raw-commit: %.2f%n", api.perSecond() / raw);
        System.out.printf("intake api/bare-engine by CPU per operation (bare ms / api ms): %.2f%n",
                engine.cpuMillisPerOperation() / api.cpuMillisPerOperation());
        for (String db : List.of(APP_DB, APP_DB + "_before", ENGINE_DB, RAW_DB)) {
            drop(db);
        }
    }

    private static void print(String what, Throughput.Result result) {
        System.out.printf("%s: %.1f (%d in %.1f s, median %.1f ms, %.1f ms CPU each, %d failed%s)%n", what,
                result.perSecond(), result.done(), result.seconds(), result.medianMicros() / 1000.0,
                result.cpuMillisPerOperation(), result.failed(),
                result.firstFailure().isEmpty() ? "" : "; first: " + result.firstFailure());
        if (result.failed() > 0 || result.done() == 0) {
            throw new IllegalStateException("not a figure: operations failed");
        }
    }

    private static String report() {
        return """
                {"category":"CYBERBULLYING","description":"Insults about a teacher in a group chat","occurredAt":"%s","immediateDanger":false}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0));
    }

    /** A token of the reporter's own, made through the API as the README says. */
    private static String token(URL base) {
        Api.Reply made = Api.as(base, REPORTER).post("tokens", """
                {"name":"intake bench","expiresInDays":1,"readOnly":false}""");
        if (made.status() != 201) {
            throw new IllegalStateException("POST /api/tokens answered " + made.status() + " " + made.body()
                    + " (run with -Dbench.auth=basic where tokens do not exist)");
        }
        return made.json().getString("token");
    }

    /** The variables the application started one of the reports' staff-incident process with. */
    private static Map<String, Object> startVariables() throws SQLException {
        Map<String, Object> variables = new HashMap<>();
        try (Connection db = DriverManager.getConnection(BenchServer.SERVER + APP_DB, "root", "");
             PreparedStatement query = db.prepareStatement("""
                     SELECT v.NAME_, v.VAR_TYPE_, v.TEXT_, v.LONG_ FROM ACT_HI_VARINST v
                     WHERE v.PROC_INST_ID_ = (SELECT MAX(p.ID_) FROM ACT_HI_PROCINST p
                         JOIN ACT_RE_PROCDEF d ON d.ID_ = p.PROC_DEF_ID_ WHERE d.KEY_ = 'staffIncident')
                       AND v.TASK_ID_ IS NULL""")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String type = rows.getString(2);
                    Object value = switch (type) {
                        case "string" -> rows.getString(3);
                        case "long" -> rows.getLong(4);
                        case "integer" -> (int) rows.getLong(4);
                        case "boolean" -> rows.getLong(4) == 1;
                        case "null" -> null;
                        default -> throw new IllegalStateException("a start variable of type " + type + ": " + rows.getString(1));
                    };
                    variables.put(rows.getString(1), value);
                }
            }
        }
        if (variables.isEmpty()) {
            throw new IllegalStateException("no staff-incident process was started");
        }
        return variables;
    }

    private static long count(String database, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(BenchServer.SERVER + database, "root", "");
             Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void drop(String database) throws SQLException {
        try (Connection db = DriverManager.getConnection(BenchServer.SERVER, "root", ""); Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
        }
    }
}
