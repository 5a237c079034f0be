package org.safecase;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.safecase.testing.Api;
import org.safecase.testing.OwnServer;
import org.safecase.testing.TestDatabase;

import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safecase.testing.CaseRecordJson.facts;
import static org.safecase.testing.CaseRecordJson.kinds;

/**
 * Issue #8's upgrade: a database made by the previous version (commit 53efa25, see
 * {@code src/test/resources/upgrade/README.md}: a staff case half-way with the removal refused
 * and the takedown open, a closed staff case, and a child-protection case after the review) is
 * started with this version, as production would be: {@code server-config/run-payara.sh} on its
 * own database. Every answer the old version kept only in the engine is then in the case record,
 * and the half-way case, completed on its old model version, records its remaining steps too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeIT {
    private static final String DB = System.getProperty("safecase.test.upgrade.db.name", "safecase_upgrade_test");
    private static final String USER = TestDatabase.USER;
    private static final String PASSWORD = TestDatabase.PASSWORD;
    private static final String HOST = TestDatabase.HOST;
    private static final String PORT = TestDatabase.PORT;
    private static final String HALF_WAY = "SC-2026-000001";
    private static final String CLOSED = "SC-2026-000002";
    private static final String CHILD_PROTECTION = "SC-2026-000003";

    private static OwnServer server;
    private static URL base;

    @BeforeAll
    static void startThisVersionOnThePreviousVersionsDatabase() throws Exception {
        Path dump = Path.of("src/test/resources/upgrade/v12-three-cases.sql");
        Process load = new ProcessBuilder("mariadb", "--protocol=tcp", "-h" + HOST, "-P" + PORT, "-u" + USER,
                "-p" + PASSWORD, DB).redirectInput(dump.toFile()).redirectErrorStream(true)
                .redirectOutput(new File("target/upgrade-load.log")).start();
        assertThat(load.waitFor()).as("loading the V12 dump, see target/upgrade-load.log").isZero();
        moveDeadlinesToToday();
        server = OwnServer.start("upgrade", DB, Map.of("SAFECASE_DEMO_DATA", "false"));
        base = server.base();
        OwnServer.await("the case record backfill, see target/upgrade-payara.log", Duration.ofSeconds(120),
                () -> query("SELECT COUNT(*) FROM case_record_backfill WHERE finished_at IS NOT NULL") == 1);
    }

    /**
     * The dump was made on its cases' own day. Its deadlines (task due dates and timers) are moved
     * on by the time since its last step, so that a deadline that was ahead when the previous version stopped
     * is still ahead now, and the test means the same on any day it runs.
     */
    private static void moveDeadlinesToToday() throws java.sql.SQLException {
        try (var db = java.sql.DriverManager.getConnection("jdbc:mariadb://" + HOST + ":" + PORT + "/" + DB, USER, PASSWORD);
             var sql = db.createStatement()) {
            sql.execute("SET @seconds = GREATEST(0, TIMESTAMPDIFF(SECOND, (SELECT MAX(START_TIME_) FROM ACT_HI_ACTINST), NOW()))");
            sql.executeUpdate("UPDATE ACT_RU_TIMER_JOB SET DUEDATE_ = DUEDATE_ + INTERVAL @seconds SECOND");
            sql.executeUpdate("UPDATE ACT_RU_TASK SET DUE_DATE_ = DUE_DATE_ + INTERVAL @seconds SECOND WHERE DUE_DATE_ IS NOT NULL");
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(0)
    void issue10_item1_theInboxReadModelIsBuiltFromThePreviousVersionsOpenTasks() {
        JsonObject check = Api.as(base, "admin.northshire").get("admin/inbox-check").json();
        assertThat(check.getBoolean("inStep")).as(check.toString()).isTrue();
        assertThat(check.getJsonNumber("inboxTasks").longValue()).isPositive()
                .isEqualTo(check.getJsonNumber("engineTasks").longValue());
        assertThat(query("SELECT COUNT(*) FROM inbox_rebuild")).as("built once").isZero();
        assertThat(Api.as(base, "lead.riverside").task(HALF_WAY, "recordProviderDecision")).as("the half-way case's step, "
                + "found through the read model").isNotNull();
    }

    @Test
    @Order(0)
    void issue10_item4_casesOfThePreviousVersionAreFoundByWhatTheirReportNamesAndByPartOfTheirReference() {
        Api lead = Api.as(base, "lead.riverside");
        JsonObject byAccount = lead.get("cases/search?mention=Riverside.Gossip").json();
        assertThat(byAccount.getJsonNumber("total").longValue()).as(byAccount.toString()).isEqualTo(1);
        assertThat(byAccount.getJsonArray("cases").getJsonObject(0).getString("reference")).isEqualTo("SC-2026-000001");
        assertThat(lead.get("cases/search?mention=social.example/post/123").json().getJsonNumber("total").longValue())
                .isEqualTo(1);
        assertThat(lead.get("cases/search?reference=2026-00000&size=100").body()).contains("SC-2026-000001")
                .contains("SC-2026-000002").as("the child-protection case is the DSL's").doesNotContain("SC-2026-000003");
    }

    /**
     * Issue #13 item 3 on the previous version's people (V25: a lower-case e-mail key, a session
     * epoch, school hours): its users are found by e-mail in any case, a role change by an LA admin
     * takes effect, and its schools keep the installation's hours.
     */
    @Test
    @Order(0)
    void issue13_item3_thePreviousVersionsUsersAndSchoolsAreAdministered() {
        Api admin = Api.as(base, "admin.northshire");
        JsonObject found = admin.get("users?text=LEAD.RIVERSIDE%40EXAMPLE.ORG").json();
        assertThat(found.getJsonNumber("total").longValue()).as(found.toString()).isEqualTo(1);
        JsonObject lead = found.getJsonArray("users").getJsonObject(0);
        assertThat(lead.getString("username")).isEqualTo("lead.riverside");
        assertThat(lead.getString("schoolName")).isEqualTo("Riverside Primary School");
        JsonObject schools = admin.get("schools?text=riverside").json();
        assertThat(schools.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(schools.getJsonArray("schools").getJsonObject(0).containsKey("dayStarts")
                && !schools.getJsonArray("schools").getJsonObject(0).isNull("dayStarts"))
                .as("the installation's hours").isFalse();

        String governor = "governor.riverside";
        long id = query("SELECT id FROM app_user WHERE username = '" + governor + "'");
        Api.Reply changed = admin.put("users/" + id + "/roles", "{\"roles\":[\"GOVERNOR\",\"STAFF\"]}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(query("SELECT session_epoch FROM app_user WHERE id = " + id)).as("its sessions end").isEqualTo(1);
        assertThat(query("SELECT COUNT(*) FROM user_role WHERE user_id = " + id)).isEqualTo(2);
    }

    /**
     * Issue #14 items 2 and 5 on the previous version's models (one deployment, "safecase-models"):
     * each version the engine had is recorded as shipped, with no deployer, and a model whose
     * shipped file changed is deployed as its next version, shipped too; the library lists them all.
     */
    @Test
    @Order(0)
    void issue14_item5_thePreviousVersionsModelsAreRecordedAsShippedAndTheLibraryListsThem() {
        long earlier = query("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT d JOIN ACT_RE_PROCDEF p ON p.DEPLOYMENT_ID_ = d.ID_ "
                + "WHERE d.NAME_ = 'safecase-models'");
        assertThat(earlier).as("the previous version's process models").isPositive();
        assertThat(query("SELECT COUNT(*) FROM model_version v JOIN ACT_RE_PROCDEF p ON p.ID_ = v.definition_id "
                + "JOIN ACT_RE_DEPLOYMENT d ON d.ID_ = p.DEPLOYMENT_ID_ WHERE d.NAME_ = 'safecase-models' "
                + "AND v.origin = 'SHIPPED' AND v.deployed_by_id IS NULL AND v.kind = 'PROCESS'"))
                .as("each recorded as shipped").isEqualTo(earlier);
        assertThat(query("SELECT COUNT(*) FROM model_version WHERE origin <> 'SHIPPED'")).isZero();
        assertThat(query("SELECT COUNT(*) FROM ACT_RE_PROCDEF p WHERE NOT EXISTS "
                + "(SELECT 1 FROM model_version v WHERE v.definition_id = p.ID_)")).as("every version recorded").isZero();
        String library = Api.as(base, "admin.northshire").get("models").body();
        assertThat(library).contains("\"key\":\"staffIncident\"", "\"key\":\"childProtectionIncident\"",
                "\"key\":\"referralDecision\"");
    }

    @Test
    @Order(1)
    void item3_theHalfWayCaseHasEveryAnswerInItsRecordAndIsAwaitingTheProvider() {
        JsonObject seen = Api.as(base, "lead.riverside").get("cases/" + HALF_WAY).json();
        assertThat(facts(seen)).contains("triage_record: severity=MEDIUM", "triage_record: perpetrator=OTHER",
                "triage_record: removal_needed=true", "triage_record: poster_known=true",
                "triage_record: may_be_criminal=false", "triage_record: malicious_claim=false",
                "removal_request: asked_on=2026-11-24", "removal_request: answer=REFUSED",
                "provider_report: material_url=https://social.example/post/123", "provider_report: captured_on=2026-11-27",
                "provider_report: provider_name=Facebook", "provider_report: material_illegal=false",
                "provider_report: term_broken=Bullying and harassment", "provider_report: provider_reference=FB-778812",
                "provider_report: status=SENT");
        assertThat(seen.getString("status")).isEqualTo("AWAITING_PROVIDER");
        assertThat(kinds(seen)).as("no deadline was missed on this case").doesNotContain("escalation_record");
        assertThat(seen.getJsonArray("openSteps").getValuesAs(JsonObject.class).stream().map(s -> s.getString("name")))
                .contains("Record the provider's decision");
    }

    @Test
    @Order(2)
    void item3_theClosedCaseHasItsPoliceHrSupportOutcomeAndSatisfactionRecords() {
        JsonObject seen = Api.as(base, "head.riverside").get("cases/" + CLOSED).json();
        assertThat(facts(seen)).contains("triage_record: severity=HIGH", "triage_record: perpetrator=COLLEAGUE",
                "police_referral: staff_consulted=true", "police_referral: police_involved=true",
                "police_referral: route=NON_EMERGENCY_101", "police_referral: crime_reference=CR-2026-4471",
                "police_referral: officer=PC Jones", "police_referral: referred_on=2026-11-26",
                "police_referral: cleared_on=2026-11-30", "hr_handoff: category=CYBERBULLYING",
                "hr_handoff: outcome=Final written warning",
                "support_record: support_offered=Counselling via the employee assistance programme",
                "support_record: offered_on=2026-12-01", "outcome_record: outcome=Posts removed, colleague disciplined",
                "satisfaction_record: satisfied=false");
        assertThat(seen.getString("status")).isEqualTo("CLOSED");
        assertThat(kinds(Api.as(base, "hr.northshire").get("cases/" + CLOSED).json())).containsOnly("hr_handoff");
    }

    @Test
    @Order(3)
    void item3_theChildProtectionCaseHasItsReviewAndDecisionForTheDsl() {
        JsonObject seen = Api.as(base, "dsl.riverside").get("cases/" + CHILD_PROTECTION).json();
        assertThat(facts(seen)).contains("initial_review: children_involved=2", "initial_review: youngest_age=13",
                "initial_review: child_vulnerable=true", "initial_review: adult_involved=false",
                "initial_review: how_widely_shared=Sent to two classmates on Snapchat",
                "initial_review: device_searched=false", "referral_decision: table_version=1",
                "referral_decision: referral_required=true", "referral_decision: urgent_police=false");
        assertThat(seen.getString("status")).isEqualTo("REFERRED");
        assertThat(Api.as(base, "lead.riverside").get("cases/" + CHILD_PROTECTION).status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void item2_item3_theHalfWayCaseFinishesOnItsOldModelVersionAndRecordsItsRemainingSteps() {
        assertThat(query("SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_ "
                + "WHERE e.BUSINESS_KEY_ = '" + HALF_WAY + "' AND d.KEY_ = 'providerTakedown' AND d.VERSION_ = 1"))
                .as("the open takedown runs on the previous version").isPositive();
        assertThat(query("SELECT MAX(VERSION_) FROM ACT_RE_PROCDEF WHERE KEY_ = 'providerTakedown'"))
                .as("this version deployed a new takedown model").isEqualTo(2);
        Api lead = Api.as(base, "lead.riverside");
        ok(lead.completeTask(HALF_WAY, "recordProviderDecision", Map.of("takedownOutcome", "REMOVED")));
        if (lead.get("tasks?size=100").body().contains("escalateToHelpline")) {
            ok(lead.completeTask(HALF_WAY, "escalateToHelpline", Map.of("helplineContactedOn", "2026-12-02")));
        }
        ok(lead.completeTask(HALF_WAY, "recordSupport", Map.of("supportOffered", "Weekly check-in with the lead",
                "supportOfferedOn", "2026-12-02")));
        ok(lead.completeTask(HALF_WAY, "recordOutcome", Map.of("caseOutcome", "Post removed by the provider")));
        ok(Api.as(base, "staff.riverside").completeTask(HALF_WAY, "staffSatisfaction", Map.of("satisfied", "true")));

        JsonObject seen = lead.get("cases/" + HALF_WAY).json();
        assertThat(facts(seen)).contains("provider_report: status=REMOVED", "provider_report: provider_reference=FB-778812",
                "support_record: support_offered=Weekly check-in with the lead",
                "outcome_record: outcome=Post removed by the provider", "satisfaction_record: satisfied=true");
        assertThat(seen.getString("status")).isEqualTo("CLOSED");
        assertThat(query("SELECT COUNT(*) FROM provider_report p JOIN incident i ON i.id = p.incident_id "
                + "WHERE i.reference = '" + HALF_WAY + "'")).as("still one report for the one provider").isEqualTo(1);
    }

    /**
     * Issue #15 item 4: the cases reported before cross-school patterns are keyed once, in batches, at
     * start: the backfill runs to the last case and the half-way case's account and web address have
     * their keys (its provider report names the same web address: one key).
     */
    @Test
    @Order(0)
    void issue15_item4_thePreviousVersionsCasesAreKeyedForCrossSchoolPatternsAtStart() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (query("SELECT COUNT(*) FROM pattern_key_backfill WHERE finished_at IS NOT NULL") < 1
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertThat(query("SELECT COUNT(*) FROM pattern_key_backfill WHERE finished_at IS NOT NULL "
                + "AND last_incident_id = (SELECT MAX(id) FROM incident)")).as("backfilled to the last case").isEqualTo(1);
        assertThat(query("SELECT COUNT(*) FROM pattern_key p JOIN incident i ON i.id = p.incident_id "
                + "WHERE i.reference = '" + HALF_WAY + "' AND p.kind IN ('ACCOUNT', 'WEB_ADDRESS')")).isEqualTo(2);
        assertThat(query("SELECT COUNT(*) FROM pattern_key p JOIN incident i ON i.id = p.incident_id "
                + "WHERE i.reference = '" + CLOSED + "'")).as("names no identifier").isZero();
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    /** A number from the upgraded database; -1 while it cannot answer (its tables not there yet). */
    private static long query(String sql) {
        try {
            return TestDatabase.countIn(DB, sql);
        } catch (IllegalStateException notYet) {
            return -1;
        }
    }


}
