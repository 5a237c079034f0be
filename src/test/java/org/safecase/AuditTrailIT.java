package org.safecase;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safecase.testing.PageSession;
import org.safecase.testing.ServerAddress;
import org.safecase.testing.SharedServer;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.OwnServer;
import org.safecase.testing.TestDatabase;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #15 item 1 (R-X-3): the audit trail. Each way into a case and each refusal leaves a row
 * (who, when, what, school, outcome); the database user the application really connects as
 * cannot change or delete audit rows; a row tampered with behind the application's back is found
 * by the chain check at exactly its link; a canary from a case's text never reaches the server
 * log while the case's reference does; LA admins search the trail and others are refused.
 */
@ExtendWith(SharedServer.class)
@DisplayName("Issue #15 item 1: the audit trail (R-X-3)")
class AuditTrailIT {

    @ServerAddress
    URL base;

    /** The shared server's log: every line it wrote from its start, this class's run among them. */
    private static final Path SERVER_LOG = SharedServer.LOG;

    private String report(String description) {
        return Api.as(base, "staff.riverside").post("incidents", """
                {"category":"CYBERBULLYING","description":"%s","occurredAt":"%s","immediateDanger":false}
                """.formatted(description, LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
    }

    private static long rows(String username, String action, String subject, String outcome) {
        return TestDatabase.count("SELECT COUNT(*) FROM audit_event e JOIN app_user u ON u.id = e.actor_id WHERE u.username = ? "
                + "AND e.action = ? AND e.subject = ? AND e.outcome = ? AND e.local_authority_id IS NOT NULL", username, action,
                subject, outcome);
    }

    private static String database() {
        String url = System.getProperty("safecase.test.db.url", "jdbc:mariadb://127.0.0.1:3306/safecase_test");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Connection asRuntimeUser() throws SQLException {
        return DriverManager.getConnection(System.getProperty("safecase.test.db.url"), TestDatabase.RUNTIME_USER,
                TestDatabase.RUNTIME_PASSWORD);
    }

    @Test
    void rx3_item1_eachWayIntoACaseAndEachRefusalIsAuditedWithWhoWhatSchoolAndOutcome() {
        String reference = report("Someone posts insults about me");
        Api lead = Api.as(base, "lead.riverside");
        long before = rows("lead.riverside", "CASES_LISTED", "cases-search", "DONE");
        assertThat(lead.get("cases/search?size=5").status()).isEqualTo(200);
        assertThat(rows("lead.riverside", "CASES_LISTED", "cases-search", "DONE")).as("a list").isEqualTo(before + 1);
        assertThat(lead.get("cases/search?reference=" + reference).status()).isEqualTo(200);
        assertThat(rows("lead.riverside", "CASES_LISTED", reference, "DONE")).as("a search by reference").isEqualTo(1);
        assertThat(lead.get("cases/" + reference).status()).isEqualTo(200);
        assertThat(rows("lead.riverside", "CASE_VIEWED", reference, "DONE")).isEqualTo(1);
        assertThat(lead.get("cases/" + reference + "/timeline").status()).isEqualTo(200);
        assertThat(rows("lead.riverside", "TIMELINE_VIEWED", reference, "DONE")).isEqualTo(1);
        assertThat(lead.get("cases/" + reference + "/access-log").status()).isEqualTo(200);
        assertThat(rows("lead.riverside", "ACCESS_LOG_VIEWED", reference, "DONE")).isEqualTo(1);
        assertThat(lead.get("cases/" + reference + "/evidence").status()).isEqualTo(200);
        assertThat(rows("lead.riverside", "EVIDENCE_LISTED", reference, "DONE")).isEqualTo(1);
        long listed = rows("lead.riverside", "TASKS_LISTED", "inbox", "DONE");
        String taskId = lead.taskId(reference, "triageByLead");
        assertThat(rows("lead.riverside", "TASKS_LISTED", "inbox", "DONE")).as("the inbox").isGreaterThan(listed);
        assertThat(lead.get("tasks/" + taskId).status()).isEqualTo(200);
        assertThat(rows("lead.riverside", "TASK_VIEWED", reference, "DONE")).as("a task opened").isGreaterThanOrEqualTo(1);
        long exported = rows("lead.riverside", "CASES_EXPORTED", "cases-export", "DONE");
        assertThat(lead.download("cases/export").statusCode()).isEqualTo(200);
        assertThat(rows("lead.riverside", "CASES_EXPORTED", "cases-export", "DONE")).isEqualTo(exported + 1);
        long mine = rows("staff.riverside", "CASES_LISTED", "my-reports", "DONE");
        assertThat(Api.as(base, "staff.riverside").get("cases").status()).isEqualTo(200);
        assertThat(rows("staff.riverside", "CASES_LISTED", "my-reports", "DONE")).as("one's own reports").isEqualTo(mine + 1);

        assertThat(Api.as(base, "staff.hillview").get("cases/" + reference).status()).isEqualTo(404);
        assertThat(rows("staff.hillview", "ACCESS_REFUSED", reference, "REFUSED"))
                .as("a refused view of a staff case, not only a child-protection one").isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event e JOIN school s ON s.id = e.school_id "
                + "WHERE e.subject = ? AND e.action = 'CASE_VIEWED' AND s.name LIKE 'Riverside%'", reference))
                .as("the case's school is recorded").isEqualTo(1);
    }

    @Test
    @DisplayName("item 1 (R-X-3): a refusal by any feature's rule, over REST or on a page, is audited with who, school, which rule and outcome")
    void rx3_item1_everyRefusalInWordsIsAuditedWhicheverFeatureRefuses() {
        String workflows = "refusal:refusal.workflows.laAdminOnly";
        String retention = "refusal:refusal.retention.holdLaAdminOnly";
        refusedOnceOnTheRecord("staff.riverside", workflows, "REST: the workflow library",
                () -> Api.as(base, "staff.riverside").get("models").status());
        refusedOnceOnTheRecord("lead.riverside", workflows, "a page: the workflow library",
                () -> PageSession.signedInAs(base, "lead.riverside").get("workflow/models.xhtml").statusCode());
        refusedOnceOnTheRecord("staff.riverside", "refusal:refusal.staff.none", "REST: the staff list",
                () -> Api.as(base, "staff.riverside").get("users").status());
        refusedOnceOnTheRecord("lead.riverside", "refusal:refusal.report.governorsHeadOrAdmin", "a page: the governors' report",
                () -> {
                    var page = PageSession.signedInAs(base, "lead.riverside").get("oversight/report.xhtml");
                    assertThat(page.body()).contains("id=\"refusal\"");
                    return page.statusCode();
                });

        long holdBefore = rows("dsl.riverside", "ACCESS_REFUSED", retention, "REFUSED");
        var hold = PageSession.signedInAs(base, "dsl.riverside").get("oversight/retention.xhtml");
        assertThat(hold.statusCode()).isEqualTo(200);
        assertThat(rows("dsl.riverside", "ACCESS_REFUSED", retention, "REFUSED"))
                .as("seeing the retention page asks no refused question").isEqualTo(holdBefore);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event e JOIN app_user u ON u.id = e.actor_id "
                + "JOIN school s ON s.id = e.school_id WHERE u.username = 'staff.riverside' AND e.subject = ? "
                + "AND s.name LIKE 'Riverside%'", workflows)).as("the refused person's school is recorded").isPositive();
    }

    /** {@code attempt}, made as {@code user}, is refused with 403 and adds exactly one refusal row for {@code rule}. */
    private static void refusedOnceOnTheRecord(String user, String rule, String what, java.util.function.IntSupplier attempt) {
        long before = rows(user, "ACCESS_REFUSED", rule, "REFUSED");
        assertThat(attempt.getAsInt()).as(what).isEqualTo(403);
        assertThat(rows(user, "ACCESS_REFUSED", rule, "REFUSED")).as(what).isEqualTo(before + 1);
    }

    @Test
    void rx3_item1_theDatabaseUserTheApplicationConnectsAsCannotUpdateOrDeleteAuditRows() throws Exception {
        report("A message about me");
        String admin = System.getProperty("safecase.test.db.admin.user", "root");
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://" + TestDatabase.HOST + ":" + TestDatabase.PORT + "/",
                admin, System.getProperty("safecase.test.db.admin.password", ""));
             PreparedStatement users = root.prepareStatement(
                     "SELECT DISTINCT USER FROM information_schema.PROCESSLIST WHERE DB = ?")) {
            users.setString(1, database());
            List<String> connected = new ArrayList<>();
            try (ResultSet rows = users.executeQuery()) {
                while (rows.next()) {
                    connected.add(rows.getString(1));
                }
            }
            assertThat(connected).as("the application's pool connects as the runtime user, not the schema user")
                    .contains(TestDatabase.RUNTIME_USER).doesNotContain(TestDatabase.USER);
        }
        long someRow = TestDatabase.count("SELECT MAX(id) FROM audit_event");
        try (Connection app = asRuntimeUser(); Statement change = app.createStatement()) {
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event")).isPositive();
            for (String sql : List.of("UPDATE audit_event SET subject = 'changed' WHERE id = " + someRow,
                    "DELETE FROM audit_event WHERE id = " + someRow, "UPDATE audit_chain SET hash = 'x'",
                    "DELETE FROM audit_chain", "TRUNCATE TABLE audit_event", "DROP TABLE audit_event")) {
                assertThatThrownBy(() -> change.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("denied");
            }
            assertThat(change.executeUpdate("UPDATE school SET name = name WHERE id = -1"))
                    .as("other tables stay writable").isZero();
        }
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE id = ? AND subject <> 'changed'", someRow))
                .isEqualTo(1);
    }

    @Test
    void rx3_item1_aRowTamperedWithBehindTheApplicationIsFoundByTheChainCheckAtExactlyItsLink() throws Exception {
        report("Another message about me");
        Api admin = Api.as(base, "admin.northshire");
        JsonObject intact = admin.get("audit/chain").json();
        assertThat(intact.getJsonObject("localAuthority").getBoolean("intact")).as(intact.toString()).isTrue();
        assertThat(intact.getBoolean("appendOnlyAtDatabase")).isTrue();
        long chain = intact.getJsonObject("localAuthority").getJsonNumber("chainId").longValue();
        long links = intact.getJsonObject("localAuthority").getJsonNumber("linksChecked").longValue();
        assertThat(links).isGreaterThan(3);
        long seq = links - 2;
        long eventId = TestDatabase.count("SELECT event_id FROM audit_chain WHERE chain_id = ? AND seq = ?", chain, seq);
        String subject;
        try (Connection schema = TestDatabase.connect(); Statement tamper = schema.createStatement()) {
            try (ResultSet row = tamper.executeQuery("SELECT subject FROM audit_event WHERE id = " + eventId)) {
                row.next();
                subject = row.getString(1);
            }
            tamper.executeUpdate("UPDATE audit_event SET subject = 'NS-0000-0000' WHERE id = " + eventId);
            try {
                JsonObject broken = admin.get("audit/chain").json().getJsonObject("localAuthority");
                assertThat(broken.getBoolean("intact")).isFalse();
                JsonObject at = broken.getJsonObject("firstBroken");
                assertThat(at.getJsonNumber("seq").longValue()).as("the tampered link").isEqualTo(seq);
                assertThat(at.getJsonNumber("eventId").longValue()).isEqualTo(eventId);
                assertThat(at.getString("reason")).isEqualTo("ROW_CHANGED");
                assertThat(broken.getJsonNumber("linksChecked").longValue()).as("every link before it holds")
                        .isEqualTo(seq - 1);
            } finally {
                try (PreparedStatement restore = schema.prepareStatement("UPDATE audit_event SET subject = ? WHERE id = ?")) {
                    restore.setString(1, subject);
                    restore.setLong(2, eventId);
                    restore.executeUpdate();
                }
            }
            try (PreparedStatement cut = schema.prepareStatement("DELETE FROM audit_event WHERE id = ?")) {
                long deletedSeq = seq + 1;
                long deleted = TestDatabase.count("SELECT event_id FROM audit_chain WHERE chain_id = ? AND seq = ?", chain, deletedSeq);
                String copy = "CREATE TEMPORARY TABLE kept AS SELECT * FROM audit_event WHERE id = " + deleted;
                tamper.execute(copy);
                cut.setLong(1, deleted);
                cut.executeUpdate();
                try {
                    JsonObject gone = admin.get("audit/chain").json().getJsonObject("localAuthority").getJsonObject("firstBroken");
                    assertThat(gone.getJsonNumber("seq").longValue()).isEqualTo(deletedSeq);
                    assertThat(gone.getString("reason")).isEqualTo("ROW_DELETED");
                } finally {
                    tamper.execute("INSERT INTO audit_event SELECT * FROM kept");
                }
            }
        }
        assertThat(admin.get("audit/chain").json().getJsonObject("localAuthority").getBoolean("intact"))
                .as("restored, the chain holds again").isTrue();
    }

    @Test
    void rx3_item1_laAdminsSearchTheTrailWithoutCaseContentAndOthersAreRefused() {
        String reference = report("Searchable insults aimed at me");
        Api.as(base, "lead.riverside").get("cases/" + reference);
        Api admin = Api.as(base, "admin.northshire");
        Api.Reply found = admin.get("audit?reference=" + reference + "&user=lead.riverside&action=CASE_VIEWED&from="
                + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now());
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonObject row = found.json().getJsonArray("rows").getJsonObject(0);
        assertThat(found.json().getInt("total")).isEqualTo(1);
        assertThat(row.getString("username")).isEqualTo("lead.riverside");
        assertThat(row.getString("action")).isEqualTo("CASE_VIEWED");
        assertThat(row.getString("outcome")).isEqualTo("DONE");
        assertThat(row.getString("school")).startsWith("Riverside");
        assertThat(found.body()).doesNotContain("Searchable insults");
        assertThat(admin.get("audit?reference=" + reference + "&from=" + LocalDate.now().plusDays(1)).json().getInt("total"))
                .as("dates limit it").isZero();
        assertThat(admin.get("audit?action=NOT_AN_ACTION").status()).isEqualTo(400);
        assertThat(admin.get("audit?from=yesterday").body()).contains("\"from\"");
        assertThat(admin.get("audit?size=101").status()).isEqualTo(400);
        assertThat(rows("admin.northshire", "AUDIT_SEARCHED", "audit", "DONE")).isPositive();

        for (String refused : new String[]{"lead.riverside", "head.riverside", "hr.northshire", "governor.riverside"}) {
            Api.Reply no = Api.as(base, refused).get("audit?reference=" + reference);
            assertThat(no.status()).as(refused).isEqualTo(403);
            assertThat(no.body()).contains("Only an LA administrator");
            assertThat(Api.as(base, refused).get("audit/chain").status()).isEqualTo(403);
            assertThat(rows(refused, "ACCESS_REFUSED", "audit", "REFUSED")).as(refused + ": refusal audited").isPositive();
        }
    }

    @Test
    void rx3_item1_aCanaryFromCaseTextIsAbsentFromTheServerLogWhileTheCaseReferenceIsThere() throws Exception {
        String canary = "CANARY-" + System.nanoTime() + "-Ellie-Pupil";
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"%s posted about me","occurredAt":"%s","platform":"%s",
                 "accountName":"%s","locationUrl":"https://pics.example/%s","phoneNumber":"07700 900123"}
                """.formatted(canary, LocalDateTime.now().minusHours(1).withNano(0), canary, canary, canary))
                .json().getString("reference");
        Api lead = Api.as(base, "lead.riverside");
        lead.get("cases/" + reference);
        lead.get("cases/search?mention=" + canary);
        lead.get("cases/" + reference + "/timeline");
        java.util.Map<String, String> triage = new java.util.HashMap<>(Answers.SIMPLE_TRIAGE);
        assertThat(lead.completeTask(reference, "triageByLead", triage).status()).isEqualTo(200);
        lead.get("tasks?size=100");
        lead.download("cases/export?mention=" + canary);
        Api.as(base, "staff.hillview").get("cases/" + reference);
        Api.as(base, "admin.northshire").get("audit?reference=" + reference);

        Path log = SERVER_LOG;
        String marker = "Incident reported: " + reference;
        OwnServer.await("the marker in " + log, Duration.ofSeconds(60), () -> read(log).contains(marker));
        assertThat(read(log)).as("the known marker is in the same file").contains(marker)
                .as("no case text in the server log").doesNotContain(canary).doesNotContain("posted about me");
    }

    @Test
    @DisplayName("item 1 (R-X-3): each chain's head is written to the server log, outside the database, and matches the chain there")
    void rx3_item1_eachChainsHeadIsWrittenOutsideTheDatabaseAndMatchesItsLink() throws Exception {
        report("Something to seal");
        java.util.regex.Pattern line = java.util.regex.Pattern.compile(
                "Audit chain head, chain (\\d+): link (\\d+), hash ([0-9a-f]{64})");
        OwnServer.await("a chain head in " + SERVER_LOG, Duration.ofSeconds(60), () -> line.matcher(read(SERVER_LOG)).find());
        java.util.regex.Matcher heads = line.matcher(read(SERVER_LOG));
        int compared = 0;
        while (heads.find()) {
            assertThat(TestDatabase.string("SELECT hash FROM audit_chain WHERE chain_id = ? AND seq = ?",
                    Long.parseLong(heads.group(1)), Long.parseLong(heads.group(2))))
                    .as("the link the log names, in the database").isEqualTo(heads.group(3));
            compared++;
        }
        assertThat(compared).isPositive();
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
