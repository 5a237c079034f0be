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

    /** Starts on {@code database} with {@code settings} (environment variables); waits for health. */
    public static OwnServer start(String name, String database, Map<String, String> settings) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        File log = new File("target/" + name + "-payara.log");
        ProcessBuilder start = new ProcessBuilder("bash", "server-config/run-payara.sh")
                .redirectErrorStream(true).redirectOutput(log);
        Map<String, String> env = start.environment();
        env.put("SAFECASE_DB_URL", "jdbc:mariadb://" + TestDatabase.HOST + ":" + TestDatabase.PORT + "/" + database);
        env.put("SAFECASE_DB_USER", TestDatabase.USER);
        env.put("SAFECASE_DB_PASSWORD", TestDatabase.PASSWORD);
        env.put("SAFECASE_HTTP_PORT", String.valueOf(port));
        env.put("SAFECASE_PAYARA_ROOT", new File("target/" + name + "-payara-root").getAbsolutePath());
        env.remove("SAFECASE_MAIL_HOST");
        // Tests start many short-lived servers: the C1 compiler alone starts Payara sooner (as arquillian.xml).
        env.put("SAFECASE_JAVA_OPTS", TEST_JAVA_OPTIONS);
        env.putAll(settings);
        OwnServer server = new OwnServer(start.start(), new URL("http://127.0.0.1:" + port + "/safecase/"));
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
