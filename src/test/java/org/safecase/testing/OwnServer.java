package org.safecase.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The application started the way production starts it ({@code server-config/run-payara.sh}),
 * on a database of its own and with settings of its own, for the tests that need a server the
 * shared Arquillian one cannot be (a previous version's database, another time of day).
 */
public final class OwnServer implements AutoCloseable {
    /** JVM options of test servers: start-up time matters more than peak speed (bench servers pass their own). */
    static final String TEST_JAVA_OPTIONS = "-Xmx768m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private final Process process;
    private final URL base;

    private OwnServer(Process process, URL base) {
        this.process = process;
        this.base = base;
    }

    /** Starts on {@code database} with {@code settings} (environment variables), sending no mail; waits for health. */
    public static OwnServer start(String name, String database, Map<String, String> settings) throws Exception {
        Map<String, String> own = new java.util.HashMap<>();
        own.put("SAFECASE_DB_URL", "jdbc:mariadb://" + TestDatabase.HOST + ":" + TestDatabase.PORT + "/" + database);
        own.put("SAFECASE_MAIL_HOST", null);
        own.putAll(settings);
        return start(name, new File("target/" + name + "-payara.log"), own, "127.0.0.1");
    }

    /**
     * Starts on the test database with failsafe's settings, as Arquillian starts its servers (the
     * address says "localhost", as theirs does), plus {@code settings}; waits for health.
     */
    public static OwnServer startLikeArquillian(String name, File log, Map<String, String> settings) throws Exception {
        return start(name, log, settings, "localhost");
    }

    /** {@code settings} override this JVM's environment; a null value removes the variable. */
    private static OwnServer start(String name, File log, Map<String, String> settings, String host) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder start = new ProcessBuilder("bash", "server-config/run-payara.sh")
                .redirectErrorStream(true).redirectOutput(log);
        Map<String, String> env = start.environment();
        // Issue #15 item 1: as in production, the application connects as the runtime user and
        // migrates as the schema user (the tests' own, which reads and writes behind its back).
        env.put("SAFECASE_DB_USER", TestDatabase.RUNTIME_USER);
        env.put("SAFECASE_DB_PASSWORD", TestDatabase.RUNTIME_PASSWORD);
        env.put("SAFECASE_DB_SCHEMA_USER", TestDatabase.USER);
        env.put("SAFECASE_DB_SCHEMA_PASSWORD", TestDatabase.PASSWORD);
        env.put("SAFECASE_HTTP_PORT", String.valueOf(port));
        env.put("SAFECASE_PAYARA_ROOT", new File("target/" + name + "-payara-root").getAbsolutePath());
        // Tests start many short-lived servers: the C1 compiler alone starts Payara sooner (as arquillian.xml).
        env.put("SAFECASE_JAVA_OPTS", TEST_JAVA_OPTIONS);
        settings.forEach((key, value) -> {
            if (value == null) {
                env.remove(key);
            } else {
                env.put(key, value);
            }
        });
        OwnServer server = new OwnServer(start.start(), new URL("http://" + host + ":" + port + "/safecase/"));
        HttpClient http = HttpClient.newHttpClient();
        await("Payara Micro on port " + port + ", see " + log, Duration.ofSeconds(180), () -> {
            if (!server.process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped, see " + log);
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return server;
    }

    public URL base() {
        return base;
    }

    /** The server's process (the run script execs Java), e.g. to read its CPU time. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** Waits until {@code done}, at most {@code within}, checking every half second. */
    public static void await(String what, Duration within, BooleanSupplier done) throws InterruptedException {
        Instant until = Instant.now().plus(within);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(500);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.waitFor();
    }
}
