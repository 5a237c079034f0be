package org.safecase;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.safecase.testing.Api;
import org.safecase.testing.OwnServer;
import org.safecase.testing.TestDatabase;

import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12 item 3 on a server started as production starts it ({@code server-config/run-payara.sh})
 * on a database of its own, with production's setting for Payara's endpoints (closed) and a mail
 * server that does not answer. Last, the test takes its own database away.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthIT {
    private static final String DB = System.getProperty("safecase.test.health.db.name", "safecase_health_test");

    private static OwnServer server;
    private static String root;

    @BeforeAll
    static void startAsInProduction() throws Exception {
        int closedPort;
        try (ServerSocket nothing = new ServerSocket(0)) {
            closedPort = nothing.getLocalPort();
        }
        server = OwnServer.start("health", DB, Map.of("SAFECASE_DEMO_DATA", "false", "SAFECASE_ENDPOINTS_PUBLIC", "false",
                "SAFECASE_MAIL_HOST", "127.0.0.1", "SAFECASE_MAIL_PORT", String.valueOf(closedPort)));
        URL base = server.base();
        root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    private static Api.Reply get(String path) {
        return Api.anonymous(server.base()).getAbsolute(root + path);
    }

    private static Map<String, JsonObject> checks(Api.Reply reply) {
        JsonObject health = Json.createReader(new StringReader(reply.body())).readObject();
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
    }

    @Test
    @Order(1)
    void issue12_item3_metricsAndOpenApiAreRefusedWhenTheSettingClosesThem() {
        assertThat(get("/metrics").status()).as("/metrics").isIn(403, 404);
        assertThat(get("/openapi").status()).as("/openapi").isIn(403, 404);
        assertThat(get("/health").status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void issue12_item3_readinessChecksTheDatabaseTheEngineTheJobExecutorAndMailAndLivenessAnswers() {
        Api.Reply ready = get("/health/ready");
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        Map<String, JsonObject> checks = checks(ready);
        assertThat(checks).containsKeys("database", "workflowEngine", "jobExecutor", "mail");
        assertThat(checks.get("database").getString("status")).isEqualTo("UP");
        assertThat(checks.get("workflowEngine").getString("status")).isEqualTo("UP");
        assertThat(checks.get("jobExecutor").getString("status")).isEqualTo("UP");
        assertThat(checks.get("mail").getString("status")).as("a mail outage does not take the instance out")
                .isEqualTo("UP");
        assertThat(checks.get("mail").getJsonObject("data").getString("smtp")).isEqualTo("DOWN");
        Api.Reply live = get("/health/live");
        assertThat(live.status()).as(live.body()).isEqualTo(200);
        assertThat(checks(live)).containsKey("application");
    }

    @Test
    @Order(3)
    void issue12_item3_healthReportsTheDatabaseDownWhenItIsGone() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:mariadb://" + TestDatabase.HOST + ":" + TestDatabase.PORT
                + "/" + DB, TestDatabase.USER, TestDatabase.PASSWORD); Statement drop = db.createStatement()) {
            drop.execute("DROP DATABASE " + DB);
        }
        Api.Reply ready = get("/health/ready");
        assertThat(ready.status()).as(ready.body()).isEqualTo(503);
        assertThat(checks(ready).get("database").getString("status")).isEqualTo("DOWN");
        assertThat(get("/health").status()).isEqualTo(503);
        assertThat(get("/health/live").status()).as("liveness is not about the database").isEqualTo(200);
    }
}
