package org.safecase;

import jakarta.json.JsonObject;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.Deployments;
import org.safecase.testing.OwnServer;
import org.safecase.testing.PageSession;
import org.safecase.testing.TestDatabase;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14 through the admin boundary (REST as the LA admin), on a server and database of its
 * own so that the shared server's cases keep the shipped models: a changed model becomes a new
 * version new cases use; invalid models are refused with their problems and deploy nothing; a
 * suspended version starts no case; a changed age threshold refers a new case of a 14-year-old
 * while an older case keeps its decision and version; export then import gives the same file;
 * and a restart with a changed shipped model offers it and keeps the admin's version in use.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowAdministrationIT {
    private static final String DB = System.getProperty("safecase.test.workflows.db.name", "safecase_workflows_test");
    private static final String ADMIN = "admin.northshire";
    private static OwnServer server;

    @BeforeAll
    static void start() throws Exception {
        server = OwnServer.start("workflows", DB, Map.of("SAFECASE_DEMO_DATA", "true"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    private static Api admin() {
        return Api.as(server.base(), ADMIN);
    }

    private static String upload(String file, String note) {
        return jakarta.json.Json.createObjectBuilder().add("file", file).add("changeNote", note).build().toString();
    }

    private static JsonObject newest(String key) {
        return admin().get("models/" + key).json().getJsonArray("versions").getJsonObject(0);
    }

    private static String file(String key, int version) {
        var reply = admin().download("models/" + key + "/versions/" + version + "/file");
        String body = new String(reply.body(), StandardCharsets.UTF_8);
        assertThat(reply.statusCode()).as(body).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        return body;
    }

    /** The process definition a case runs on, by its reference (the business key). */
    private static String definitionOf(String reference) {
        return TestDatabase.stringIn(DB, "SELECT PROC_DEF_ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ? AND SUPER_PROCESS_INSTANCE_ID_ IS NULL", reference);
    }

    private static long definitions(String key) {
        return TestDatabase.countIn(DB, "SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = ?", key);
    }

    private static int reports;

    private static String staffReport() {
        Api.Reply reply = Api.as(server.base(), "staff.riverside").post("incidents", """
                {"category":"CYBERBULLYING","description":"Posts about a teacher, report %d","occurredAt":"%s"}
                """.formatted(++reports, LocalDateTime.now().minusDays(1).withNano(0)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("reference");
    }

    @Test
    @Order(1)
    void item2_item3_aChangedModelDeployedByTheAdminBecomesANewVersionThatNewCasesUse() {
        JsonObject shipped = newest("staffIncident");
        assertThat(shipped.getString("origin")).isEqualTo("SHIPPED");
        int before = shipped.getInt("version");
        String olderCase = staffReport();
        String changed = file("staffIncident", before).replace("name=\"Lead triages report\"", "name=\"Lead triages the report\"");
        assertThat(changed).contains("Lead triages the report");

        Api.Reply deployed = admin().post("models/staffIncident/versions", upload(changed, "Clearer name for triage"));

        assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
        assertThat(deployed.json().getInt("version")).isEqualTo(before + 1);
        JsonObject listed = newest("staffIncident");
        assertThat(listed.getInt("version")).isEqualTo(before + 1);
        assertThat(listed.getString("origin")).isEqualTo("ADMIN");
        assertThat(listed.getString("changeNote")).isEqualTo("Clearer name for triage");
        assertThat(listed.getString("deployedBy")).isNotBlank();
        assertThat(file("staffIncident", before + 1)).isEqualTo(changed);
        String newerCase = staffReport();
        assertThat(definitionOf(newerCase)).isEqualTo(listed.getString("definitionId"));
        assertThat(definitionOf(olderCase)).as("a running case stays on its version").isEqualTo(shipped.getString("definitionId"));
        assertThat(Api.as(server.base(), "lead.riverside").task(newerCase, "triageByLead").getString("name"))
                .isEqualTo("Lead triages the report");
    }

    @Test
    @Order(2)
    void item4_anInvalidModelIsRefusedWithItsProblemsInWordsAndNothingIsDeployed() {
        int version = newest("childProtectionIncident").getInt("version");
        String model = file("childProtectionIncident", version);
        long before = definitions("childProtectionIncident");
        Map<String, String> broken = Map.of(
                "unknown group", model.replaceFirst("flowable:candidateGroups=\"\\$\\{reviewGroup}\"", "flowable:candidateGroups=\"\\${caretakersGroup}\""),
                "unknown bean", model.replace("${referralDecisionTable}", "${fortuneTeller}"),
                "timer without the school calendar", model.replace(" flowable:businessCalendarName=\"schoolWorkingTime\"", ""),
                "no referral gate", model.replace("flowable:delegateExpression=\"${referralDecisionTable}\"", "flowable:expression=\"${true}\""));
        for (Map.Entry<String, String> variant : broken.entrySet()) {
            assertThat(variant.getValue()).as(variant.getKey() + " made").isNotEqualTo(model);
            Api.Reply refused = admin().post("models/childProtectionIncident/versions", upload(variant.getValue(), variant.getKey()));
            assertThat(refused.status()).as(variant.getKey() + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().getJsonArray("fields")).as(variant.getKey()).isNotEmpty();
            assertThat(refused.json().getJsonArray("fields").getJsonObject(0).getString("message"))
                    .as(variant.getKey()).doesNotStartWith("models.problem");
        }
        assertThat(definitions("childProtectionIncident")).as("nothing deployed").isEqualTo(before);
        assertThat(newest("childProtectionIncident").getInt("version")).isEqualTo(version);
    }

    @Test
    @Order(3)
    void item6_aSuspendedVersionStartsNoCases() {
        Api.Reply called = admin().put("models/policeReferral/versions/1/suspension", "{\"suspended\":true}");
        assertThat(called.status()).as("a model others call is not suspended: " + called.body()).isEqualTo(409);
        JsonObject newest = newest("staffIncident");
        int version = newest.getInt("version");
        Api.Reply suspended = admin().put("models/staffIncident/versions/" + version + "/suspension", "{\"suspended\":true}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.json().getBoolean("suspended")).isTrue();
        try {
            String started = staffReport();
            assertThat(definitionOf(started)).as("not the suspended version").isNotEqualTo(newest.getString("definitionId"));
            for (int older = 1; older < version; older++) {
                admin().put("models/staffIncident/versions/" + older + "/suspension", "{\"suspended\":true}");
            }
            long cases = TestDatabase.countIn(DB, "SELECT COUNT(*) FROM incident");
            Api.Reply refused = Api.as(server.base(), "staff.riverside").post("incidents", """
                    {"category":"CYBERBULLYING","description":"Posts, refused while suspended","occurredAt":"%s"}
                    """.formatted(LocalDateTime.now().minusDays(2).withNano(0)));
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().getString("message")).contains("suspended");
            assertThat(TestDatabase.countIn(DB, "SELECT COUNT(*) FROM incident")).as("nothing kept").isEqualTo(cases);
        } finally {
            for (int any = 1; any <= version; any++) {
                admin().put("models/staffIncident/versions/" + any + "/suspension", "{\"suspended\":false}");
            }
        }
        assertThat(definitionOf(staffReport())).isEqualTo(newest.getString("definitionId"));
    }

    private String nudeImageReport() {
        Api.Reply reply = Api.as(server.base(), "dsl.riverside").post("incidents", """
                {"category":"NUDE_IMAGES","description":"An image shared in a group chat, report %d","occurredAt":"%s"}
                """.formatted(++reports, LocalDateTime.now().minusHours(2).withNano(0)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("reference");
    }

    private void reviewWithYoungest(String reference, int age) {
        Api.Reply done = Api.as(server.base(), "dsl.riverside").completeTask(reference, "initialReviewByDsl",
                Answers.childProtectionReview(1, age, "One group chat"));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    private static Object[] decision(String reference) {
        return new Object[]{
                TestDatabase.countIn(DB, "SELECT referral_table_version FROM incident WHERE reference = ?", reference),
                TestDatabase.countIn(DB, "SELECT referral_required FROM incident WHERE reference = ?", reference)};
    }

    @Test
    @Order(4)
    void item7_aChangedAgeThresholdRefersANewCaseOfA14YearOldWhileAnOlderCaseKeepsItsDecisionAndVersion() {
        int table = newest("referralDecision").getInt("version");
        String older = nudeImageReport();
        reviewWithYoungest(older, 14);
        assertThat(decision(older)).containsExactly((long) table, 0L);

        String changed = file("referralDecision", table).replace("<text>&lt;= 13</text>", "<text>&lt;= 14</text>");
        assertThat(changed).contains("&lt;= 14");
        Api.Reply deployed = admin().post("models/referralDecision/versions", upload(changed, "Refer every child of 14 or under"));
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
        assertThat(deployed.json().getInt("version")).isEqualTo(table + 1);

        String newer = nudeImageReport();
        reviewWithYoungest(newer, 14);
        assertThat(decision(newer)).containsExactly((long) table + 1, 1L);
        assertThat(decision(older)).as("the older case keeps its decision and version").containsExactly((long) table, 0L);
        String page = PageSession.signedInAs(server.base(), ADMIN).get("workflow/model.xhtml?key=referralDecision").body();
        assertThat(page).as("item 2: the table read only, as deployed").contains("id=\"decisionTable\"", "&lt;= 14",
                "Age of the youngest child involved", "Refer every child of 14 or under");
    }

    @Test
    @Order(5)
    void item10_exportThenImportGivesTheSameModel() {
        int version = newest("policeReferral").getInt("version");
        String exported = file("policeReferral", version);

        Api.Reply imported = admin().post("models/imports", upload(exported, "Shared by a neighbouring LA"));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().getInt("version")).isEqualTo(version + 1);
        assertThat(file("policeReferral", version + 1)).isEqualTo(exported);
        Api.Reply notOurs = admin().post("models/imports", upload(exported.replace("id=\"policeReferral\"", "id=\"somethingElse\""), "x"));
        assertThat(notOurs.status()).as(notOurs.body()).isEqualTo(400);
    }

    @Test
    @Order(6)
    void item2_nonAdminsAreRefusedInWords() {
        for (String user : new String[]{"lead.riverside", "dsl.riverside", "head.riverside", "staff.riverside"}) {
            Api api = Api.as(server.base(), user);
            Api.Reply list = api.get("models");
            assertThat(list.status()).as(user).isEqualTo(403);
            assertThat(list.json().getString("message")).as(user).contains("LA administrator");
            assertThat(api.post("models/staffIncident/versions", upload("<x/>", "x")).status()).as(user).isEqualTo(403);
            var page = PageSession.signedInAs(server.base(), user).get("workflow/model.xhtml?key=staffIncident");
            assertThat(page.statusCode()).as(user).isEqualTo(403);
            assertThat(page.body()).as(user).contains("Only an LA administrator can look after the workflows.")
                    .doesNotContain("data-model=");
        }
    }

    /** The WAR as built with two shipped models changed: one an admin has replaced (staffIncident), one not (removalRequest). */
    private static File warWithChangedShippedModels() throws IOException {
        WebArchive war = Deployments.asBuilt();
        for (String model : new String[]{"staffIncident", "removalRequest"}) {
            String path = "WEB-INF/classes/bpmn/" + model + ".bpmn20.xml";
            String shipped;
            try (var in = war.get(path).getAsset().openStream()) {
                shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            war.delete(path);
            war.add(new StringAsset(shipped.replaceFirst("<process id=\"" + model + "\"",
                    "<!-- changed in a newer release -->\n    <process id=\"" + model + "\"")), path);
        }
        File file = new File("target/changed-shipped-models.war");
        war.as(ZipExporter.class).exportTo(file, true);
        return file;
    }

    @Test
    @Order(7)
    void item5_aRestartWithAChangedShippedModelOffersItAndKeepsTheAdminsVersionForNewCases() throws Exception {
        JsonObject adminVersion = newest("staffIncident");
        assertThat(adminVersion.getString("origin")).as("an admin's version is in use").isEqualTo("ADMIN");
        JsonObject removal = newest("removalRequest");
        File changed = warWithChangedShippedModels();
        server.close();
        server = OwnServer.start("workflows-upgraded", DB, Map.of("SAFECASE_DEMO_DATA", "true",
                "SAFECASE_WAR", changed.getAbsolutePath()));

        JsonObject staffIncident = admin().get("models/staffIncident").json();
        assertThat(staffIncident.getJsonArray("versions").getJsonObject(0).getInt("version")).as("nothing deployed over the admin's")
                .isEqualTo(adminVersion.getInt("version"));
        assertThat(staffIncident.getJsonObject("offer").getString("xml")).contains("changed in a newer release");
        assertThat(definitionOf(staffReport())).as("new cases use the admin's version").isEqualTo(adminVersion.getString("definitionId"));
        JsonObject removalNow = newest("removalRequest");
        assertThat(removalNow.getInt("version")).as("a model no admin changed is upgraded").isEqualTo(removal.getInt("version") + 1);
        assertThat(removalNow.getString("origin")).isEqualTo("SHIPPED");
        assertThat(admin().get("models").body()).contains("\"shippedWaiting\":true");
        PageSession pages = PageSession.signedInAs(server.base(), ADMIN);
        assertThat(pages.get("workflow/models.xhtml").body()).contains("A newer shipped version waits");
        String page = pages.get("workflow/model.xhtml?key=staffIncident").body();
        assertThat(page).contains("A newer version shipped with SafeCase", "Adopt the shipped version", "Clearer name for triage",
                "Deployed by an LA administrator", "Shipped with SafeCase", "workflow-diagram");

        Api.Reply adopted = admin().post("models/staffIncident/shipped/adoption", "");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
        assertThat(newest("staffIncident").getString("origin")).isEqualTo("SHIPPED");
        assertThat(admin().get("models/staffIncident").json().containsKey("offer")).as("no offer after adoption").isFalse();
    }
}
