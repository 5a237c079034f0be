package org.safecase.bench;

import org.safecase.testing.OwnServer;

import java.util.HashMap;
import java.util.Map;

/**
 * SafeCase started for a benchmark as production starts it ({@link OwnServer}, on a free port),
 * with the demo data, on a fresh scratch database of the machine's MariaDB (as root, as the
 * other benchmarks connect), so that every bench that drives the application over HTTP measures
 * the same server.
 */
final class BenchServer {
    static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

    private BenchServer() {
    }

    /** Empties {@code database} and starts the application on it with these extra settings (environment variables). */
    static OwnServer start(String name, String database, Map<String, String> settings) throws Exception {
        // OwnServer hands these to the application's data source.
        System.setProperty("safecase.test.db.user", "root");
        System.setProperty("safecase.test.db.password", "");
        BenchDatabase.empty(SERVER, database);
        Map<String, String> all = new HashMap<>(settings);
        all.put("SAFECASE_DEMO_DATA", "true");
        // Measured as production runs: both JIT compilers, not the tests' quick-start options.
        all.putIfAbsent("SAFECASE_JAVA_OPTS", "-Xmx768m");
        return OwnServer.start(name, database, all);
    }
}
