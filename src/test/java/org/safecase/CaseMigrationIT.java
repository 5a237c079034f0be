package org.safecase;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.AxeAudit;
import org.safecase.testing.Browser;
import org.safecase.testing.Deployments;
import org.safecase.testing.OwnServer;
import org.safecase.testing.PageSession;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.pages.SignInPage;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14 item 6 through the admin boundary (REST as the LA admin, and the page), on a server
 * and database of its own. Four staff cases on the shipped staffIncident: one at triage (its step
 * has a due date and a deadline timer, inside the triage sub-process); one at the staff member's
 * satisfaction answer (due date and interrupting timer); one waiting on a called provider takedown
 * while its support branch waits at the join; one in the called school procedure. The admin
 * deploys a version that renames the triage step, gives the satisfaction deadline a new length and
 * no longer starts the school procedure. The preview lists each case, its steps and where they
 * land, and says the last cannot move and why; migrating moves the others with every due date
 * exactly as it was (and every execution, task and timer on the new version), records the move in
 * their timelines, the inbox shows the renamed step, the called takedown stays on its version and
 * the moved case goes on past its join; non-admins are refused. On the page, in Chromium, the
 * admin sees the preview, confirms and sees the result; axe finds nothing serious, at 390 px too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseMigrationIT {
    private static final String DB = System.getProperty("safecase.test.migration.db.name", "safecase_migration_test");
    private static final String ADMIN = "admin.northshire";
    private static final String RENAMED = "Lead triages the report";
    private static final String PROCEDURE_STEP = "School procedure";
    private static final String TODAY = java.time.LocalDate.now().toString();
    private static OwnServer server;
    private static String atTriage;
    private static String atSatisfaction;
    private static String atProcedure;
    private static String atTakedown;
    private static Map<String, String[]> dueBefore;

    @BeforeAll
    static void start() throws Exception {
        server = OwnServer.start("migration", DB, Map.of("SAFECASE_DEMO_DATA", "true"));
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

    private static Api lead() {
        return Api.as(server.base(), "lead.riverside");
    }

    private static String staffReport() {
        Api.Reply reported = Api.as(server.base(), "staff.riverside").post("incidents", """
                {"category":"CYBERBULLYING","description":"Posts about a teacher","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusDays(1).withNano(0)));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        return reported.json().getString("reference");
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static String processOf(String reference) {
        return TestDatabase.stringIn(DB, "SELECT process_instance_id FROM incident WHERE reference = ?", reference);
    }

    private static String definitionOf(String reference) {
        return TestDatabase.stringIn(DB, "SELECT PROC_DEF_ID_ FROM ACT_HI_PROCINST WHERE ID_ = ?", processOf(reference));
    }

    /** The case's open tasks' and timers' due dates to the microsecond, by step and by event: {tasks, timers}. */
    private static String[] dueDates(String reference) {
        String process = processOf(reference);
        return new String[]{
                TestDatabase.stringIn(DB, "SELECT GROUP_CONCAT(CONCAT(TASK_DEF_KEY_, '=', DATE_FORMAT(DUE_DATE_, '%Y-%m-%d %H:%i:%s.%f')) "
                        + "ORDER BY TASK_DEF_KEY_) FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", process),
                TestDatabase.stringIn(DB, "SELECT GROUP_CONCAT(CONCAT(ELEMENT_ID_, '=', DATE_FORMAT(DUEDATE_, '%Y-%m-%d %H:%i:%s.%f')) "
                        + "ORDER BY ELEMENT_ID_) FROM ACT_RU_TIMER_JOB WHERE PROCESS_INSTANCE_ID_ = ?", process)};
    }

    /** Triage answers naming a pupil as responsible: version 1 starts the school procedure for them. */
    private static Map<String, String> pupilResponsible() {
        Map<String, String> answers = new java.util.HashMap<>(Answers.SIMPLE_TRIAGE);
        answers.put("perpetrator", "PUPIL");
        return answers;
    }

    private static String file(int version) {
        HttpResponse<byte[]> reply = admin().download("models/staffIncident/versions/" + version + "/file");
        String body = new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(reply.statusCode()).as(body).isEqualTo(200);
        return body;
    }

    /** Every line of the preview from version 1 to {@code to}, page by page. */
    private static List<JsonObject> previewLines(int to) {
        List<JsonObject> lines = new ArrayList<>();
        for (int first = 0; ; first += 50) {
            Api.Reply page = admin().get("models/staffIncident/versions/1/migration-preview?to=" + to + "&first=" + first);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            lines.addAll(page.json().getJsonArray("cases").getValuesAs(JsonObject.class));
            if (first + 50 >= page.json().getJsonNumber("runningCases").longValue()) {
                return lines;
            }
        }
    }

    private static JsonObject lineOf(List<JsonObject> lines, String reference) {
        return lines.stream().filter(line -> reference.equals(line.getString("caseReference"))).findFirst()
                .orElseThrow(() -> new AssertionError("no preview line for " + reference + " in " + lines));
    }

    /**
     * Version 2 as an admin would make it: the triage step renamed, ten school days to answer, and
     * the school procedure no longer started from this workflow.
     */
    private static String changedModel(String shipped) {
        String changed = shipped.replace("name=\"Lead triages report\"", "name=\"" + RENAMED + "\"")
                .replace("<timeDuration>school:${schoolId} ${satisfactionDeadline}</timeDuration>",
                        "<timeDuration>school:${schoolId} P10D</timeDuration>");
        changed = Pattern.compile("\\s*<sequenceFlow id=\"toSchoolProcedure\".*?</sequenceFlow>", Pattern.DOTALL).matcher(changed)
                .replaceFirst("");
        changed = Pattern.compile("\\s*<callActivity id=\"schoolProcedure\"[^>]*/>").matcher(changed).replaceFirst("");
        changed = Pattern.compile("\\s*<sequenceFlow id=\"afterSchoolProcedure\"[^>]*/>").matcher(changed).replaceFirst("");
        for (String element : new String[]{"schoolProcedure", "toSchoolProcedure", "afterSchoolProcedure"}) {
            changed = Pattern.compile("\\s*<(\\w+:)?BPMN(Shape|Edge)[^>]*bpmnElement=\"" + element + "\".*?</(\\w+:)?BPMN(Shape|Edge)>",
                    Pattern.DOTALL).matcher(changed).replaceFirst("");
        }
        return changed;
    }

    @Test
    @Order(1)
    void item6_thePreviewListsEachCaseItsStepAndWhereItLandsAndSaysWhichCannotMoveAndWhy() {
        atTriage = staffReport();
        atSatisfaction = staffReport();
        atProcedure = staffReport();
        atTakedown = staffReport();
        Api staff = Api.as(server.base(), "staff.riverside");
        Map<String, String> takedownTriage = new java.util.HashMap<>(Answers.SIMPLE_TRIAGE);
        takedownTriage.put("removalNeeded", "true");
        ok(lead().completeTask(atTakedown, "triageByLead", takedownTriage));
        ok(lead().completeTask(atTakedown, "recordSupport", Map.of("supportOffered", "A mentor", "supportOfferedOn", TODAY)));
        ok(lead().completeTask(atTakedown, "recordMaterialLocation", Map.of("materialUrl", "https://video.example/watch/9",
                "capturedOn", TODAY)));
        assertThat(lead().task(atTakedown, "reportToProvider")).as("inside the called takedown, support recorded").isNotNull();
        ok(lead().completeTask(atSatisfaction, "triageByLead", Answers.SIMPLE_TRIAGE));
        ok(lead().completeTask(atProcedure, "triageByLead", pupilResponsible()));
        ok(lead().completeTask(atSatisfaction, "recordSupport", Map.of("supportOffered", "Counselling",
                "supportOfferedOn", TODAY)));
        ok(lead().completeTask(atSatisfaction, "recordOutcome", Map.of("caseOutcome", "Posts removed")));
        assertThat(staff.task(atSatisfaction, "staffSatisfaction")).as("at the satisfaction answer").isNotNull();
        assertThat(lead().task(atProcedure, "applyBehaviourProcedure")).as("in the called school procedure").isNotNull();
        dueBefore = Map.of(atTriage, dueDates(atTriage), atSatisfaction, dueDates(atSatisfaction));
        assertThat(dueBefore.get(atTriage)[0]).startsWith("triageByLead=20");
        assertThat(dueBefore.get(atTriage)[1]).as("the triage deadline timer").startsWith("triageDeadlineMissed=20");
        assertThat(dueBefore.get(atSatisfaction)[0]).startsWith("staffSatisfaction=20");
        assertThat(dueBefore.get(atSatisfaction)[1]).startsWith("noSatisfactionAnswer=20");

        String changed = changedModel(file(1));
        assertThat(changed).contains(RENAMED).contains("P10D").doesNotContain("id=\"schoolProcedure\"")
                .doesNotContain("bpmnElement=\"toSchoolProcedure\"");
        Api.Reply deployed = admin().post("models/staffIncident/versions", Json.createObjectBuilder().add("file", changed)
                .add("changeNote", "Clearer triage name; ten days to answer; the school procedure is started apart").build().toString());
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
        assertThat(deployed.json().getInt("version")).isEqualTo(2);

        List<JsonObject> lines = previewLines(2);
        JsonObject triage = lineOf(lines, atTriage);
        assertThat(triage.getBoolean("movable")).as(triage.toString()).isTrue();
        assertThat(triage.getJsonArray("steps").getValuesAs(JsonObject.class)).singleElement().satisfies(step -> {
            assertThat(step.getString("now")).isEqualTo("Lead triages report");
            assertThat(step.getString("then")).isEqualTo(RENAMED);
        });
        JsonObject satisfaction = lineOf(lines, atSatisfaction);
        assertThat(satisfaction.getBoolean("movable")).as(satisfaction.toString()).isTrue();
        assertThat(satisfaction.getJsonArray("steps").getJsonObject(0).getString("then"))
                .isEqualTo("Staff member says whether they are satisfied with how it was handled");
        JsonObject takedown = lineOf(lines, atTakedown);
        assertThat(takedown.getBoolean("movable")).as(takedown.toString()).isTrue();
        assertThat(takedown.getJsonArray("steps").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(step -> assertThat(step.getString("then")).isEqualTo("Provider takedown"));
        assertThat(takedown.getJsonArray("notes").getString(0)).as("the called workflow stays on its version")
                .startsWith("\u201cProvider takedown\u201d runs as a workflow of its own");
        JsonObject procedure = lineOf(lines, atProcedure);
        assertThat(procedure.getBoolean("movable")).as(procedure.toString()).isFalse();
        assertThat(procedure.getJsonArray("steps").getValuesAs(JsonObject.class)).anySatisfy(step -> {
            assertThat(step.getString("now")).isEqualTo(PROCEDURE_STEP);
            assertThat(step.containsKey("then") && !step.isNull("then")).as("lands nowhere").isFalse();
        });
        assertThat(procedure.getJsonArray("cannotMoveBecause").getString(0))
                .isEqualTo("The step \u201c" + PROCEDURE_STEP + "\u201d is not in version 2.");
        assertThat(definitionOf(atTriage)).as("a preview moves nothing").isEqualTo(definitionOf(atProcedure));
    }

    @Test
    @Order(2)
    void item6_theMoveIsForLaAdminsOnlyAndItsInputIsStrict() {
        for (String user : new String[]{"lead.riverside", "head.riverside", "staff.riverside"}) {
            Api api = Api.as(server.base(), user);
            Api.Reply preview = api.get("models/staffIncident/versions/1/migration-preview?to=2");
            assertThat(preview.status()).as(user).isEqualTo(403);
            assertThat(preview.json().getString("message")).as(user).contains("LA administrator");
            assertThat(api.post("models/staffIncident/versions/1/migration", "{\"to\":2}").status()).as(user).isEqualTo(403);
        }
        Map<String, Integer> answers = Map.of("{\"to\":\"2\"}", 400, "{\"to\":2,\"everything\":true}", 400, "{}", 400,
                "{\"to\":1}", 409, "{\"to\":99}", 404, "{\"to\":2,\"cases\":[]}", 400);
        answers.forEach((body, status) -> {
            Api.Reply refused = admin().post("models/staffIncident/versions/1/migration", body);
            assertThat(refused.status()).as(body + ": " + refused.body()).isEqualTo(status);
            assertThat(refused.json().getString("message")).as(body).isNotBlank();
        });
        Api.Reply chosen = admin().post("models/staffIncident/versions/1/migration",
                "{\"to\":2,\"cases\":[\"" + atProcedure + "\",\"SC-1999-000001\"]}");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(chosen.json().getJsonArray("moved")).as("only the cases named, and neither can move").isEmpty();
        assertThat(chosen.json().getJsonArray("notMoved").getValuesAs(JsonObject.class))
                .extracting(line -> line.getString("caseReference") + ": " + line.getJsonArray("reasons").getString(0))
                .containsExactly(atProcedure + ": The step \u201c" + PROCEDURE_STEP + "\u201d is not in version 2.",
                        "SC-1999-000001: It no longer runs on version 1.");
        assertThat(admin().get("models/staffIncident/versions/1/migration-preview?to=two").status()).isEqualTo(400);
        assertThat(admin().get("models/referralDecision/versions/1/migration-preview").status()).isEqualTo(409);
        assertThat(definitionOf(atTriage)).as("nothing moved").isEqualTo(definitionOf(atProcedure));
    }

    @Test
    @Order(3)
    void item6_migratingMovesTheCasesThatCanMoveKeepingEveryDueDateAndRecordsTheMoveInTheirTimelines() {
        String v1 = definitionOf(atProcedure);
        String v2 = admin().get("models/staffIncident").json().getJsonArray("versions").getJsonObject(0).getString("definitionId");

        Api.Reply migrated = admin().post("models/staffIncident/versions/1/migration", "{\"to\":2}");

        assertThat(migrated.status()).as(migrated.body()).isEqualTo(200);
        JsonObject result = migrated.json();
        assertThat(result.getJsonArray("failed")).as(result.toString()).isEmpty();
        assertThat(result.getJsonArray("moved").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString))
                .contains(atTriage, atSatisfaction, atTakedown).doesNotContain(atProcedure);
        JsonObject left = result.getJsonArray("notMoved").getValuesAs(JsonObject.class).stream()
                .filter(line -> atProcedure.equals(line.getString("caseReference"))).findFirst().orElseThrow();
        assertThat(left.getJsonArray("reasons").getString(0)).contains(PROCEDURE_STEP).contains("not in version 2");

        for (String moved : List.of(atTriage, atSatisfaction)) {
            String process = processOf(moved);
            assertThat(definitionOf(moved)).as(moved + " in history").isEqualTo(v2);
            assertThat(TestDatabase.countIn(DB, "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ? AND PROC_DEF_ID_ <> ?",
                    process, v2)).as(moved + ": every execution on version 2").isZero();
            assertThat(TestDatabase.countIn(DB, "SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ? AND PROC_DEF_ID_ <> ?",
                    process, v2)).as(moved + ": every task on version 2").isZero();
            assertThat(TestDatabase.countIn(DB, "SELECT COUNT(*) FROM ACT_RU_TIMER_JOB WHERE PROCESS_INSTANCE_ID_ = ? AND PROC_DEF_ID_ <> ?",
                    process, v2)).as(moved + ": every timer on version 2").isZero();
            assertThat(dueDates(moved)).as(moved + ": due dates of tasks and timers as they were").containsExactly(dueBefore.get(moved));
            assertThat(TestDatabase.countIn(DB, "SELECT COUNT(*) FROM audit_event WHERE subject = ? AND action = 'CASE_MIGRATED'", moved))
                    .isEqualTo(1);
            List<JsonObject> timeline = lead().get("cases/" + moved + "/timeline").json().getJsonArray("happened")
                    .getValuesAs(JsonObject.class);
            assertThat(timeline).as(moved + " timeline").anySatisfy(entry -> {
                assertThat(entry.getString("what")).startsWith("Moved from version 1 to version 2 of Staff online-safety incident by ");
                assertThat(entry.getString("who")).isNotBlank();
            });
        }
        assertThat(definitionOf(atProcedure)).as("the case that cannot move stays").isEqualTo(v1);
        assertThat(TestDatabase.countIn(DB, "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ? AND PROC_DEF_ID_ <> ?",
                processOf(atProcedure), v1)).isZero();

        JsonObject inInbox = lead().task(atTriage, "triageByLead");
        assertThat(inInbox).as("the lead's inbox").isNotNull();
        assertThat(inInbox.getString("name")).isEqualTo(RENAMED);
        assertThat(TestDatabase.stringIn(DB, "SELECT name FROM inbox_task WHERE process_instance_id = ?", processOf(atTriage)))
                .isEqualTo(RENAMED);
        assertThat(Api.as(server.base(), "staff.riverside").task(atSatisfaction, "staffSatisfaction")).isNotNull();

        String takedownChild = TestDatabase.stringIn(DB, "SELECT PROC_DEF_ID_ FROM ACT_HI_PROCINST WHERE SUPER_PROCESS_INSTANCE_ID_ = ? "
                + "AND END_TIME_ IS NULL", processOf(atTakedown));
        assertThat(definitionOf(atTakedown)).isEqualTo(v2);
        assertThat(takedownChild).as("the called takedown stays on its own version").startsWith("providerTakedown:1:");
        ok(lead().completeTask(atTakedown, "reportToProvider", Map.of("provider", "YouTube", "materialIllegal", "false",
                "termBroken", "Harassment", "providerReference", "YT-1", "alsoOnAnotherService", "false")));
        ok(lead().completeTask(atTakedown, "recordProviderDecision", Map.of("takedownOutcome", "REMOVED")));
        assertThat(lead().task(atTakedown, "recordOutcome")).as("the moved case's join waited for the takedown, then went on")
                .isNotNull();

        ok(lead().completeTask(atTriage, "triageByLead", pupilResponsible()));
        assertThat(lead().task(atTriage, "recordSupport")).as("the moved case goes on").isNotNull();
        assertThat(TestDatabase.countIn(DB, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE SUPER_PROCESS_INSTANCE_ID_ = ?",
                processOf(atTriage))).as("version 2 runs on: no school procedure started").isZero();
    }

    @Test
    @Order(4)
    void item6_thePageShowsThePreviewToTheAdminAndRefusesOthers() {
        HttpResponse<String> page = PageSession.signedInAs(server.base(), ADMIN).get("workflow/migrate.xhtml?model=staffIncident&version=1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"migrate:cases\"").contains(atProcedure).contains(PROCEDURE_STEP)
                .contains("is not in version 2").doesNotContain(atTriage);
        HttpResponse<String> refused = PageSession.signedInAs(server.base(), "lead.riverside")
                .get("workflow/migrate.xhtml?model=staffIncident&version=1");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("LA administrator").doesNotContain(atProcedure);
    }

    @Test
    @Order(5)
    void item6_theAdminMovesCasesOnThePageFromPreviewToResultAccessiblyAndAt390Px() {
        String v1 = definitionOf(atProcedure);
        ok(admin().put("models/staffIncident/versions/2/suspension", "{\"suspended\":true}"));
        String late;
        try {
            late = staffReport();
        } finally {
            ok(admin().put("models/staffIncident/versions/2/suspension", "{\"suspended\":false}"));
        }
        assertThat(definitionOf(late)).as("started while version 2 was suspended").isEqualTo(v1);
        String root = Deployments.root(server.base());
        ChromeDriver driver = Browser.start();
        try {
            AxeAudit axe = new AxeAudit(driver);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            driver.get(root);
            new SignInPage(driver).signIn(ADMIN, Api.PASSWORD);
            driver.get(root + "workflow/model.xhtml?key=staffIncident");
            wait.until(d -> !d.findElements(By.cssSelector("a[aria-label='Move cases of version 1']")).isEmpty());
            driver.findElement(By.cssSelector("a[aria-label='Move cases of version 1']")).click();
            wait.until(d -> !d.findElements(By.id("migrate:cases")).isEmpty());
            String table = driver.findElement(By.id("migrate:cases")).getText();
            assertThat(table).contains(late).contains(atProcedure).contains(RENAMED).contains("is not in version 2");
            assertThat(driver.findElement(By.id("migrate:to")).getAttribute("value")).as("the newest version by default").isEqualTo("2");
            axe.check("migrate, preview");

            driver.findElement(By.id("migrate:move")).click();
            wait.until(d -> !d.findElements(By.id("migrate:confirmMove")).isEmpty());
            axe.check("migrate, confirm");
            driver.findElement(By.id("migrate:confirmMove")).click();
            wait.until(d -> d.findElements(By.id("migrate:progressText")).stream().anyMatch(e -> e.getText().startsWith("Done")));
            assertThat(driver.findElement(By.id("migrate:progressText")).getText())
                    .isEqualTo("Done: 1 moved to version 2, 1 could not move, 0 failed.");
            assertThat(driver.findElement(By.id("notMoved")).getText()).contains(atProcedure).contains(PROCEDURE_STEP);
            axe.check("migrate, done");

            driver.manage().window().setSize(new Dimension(390, 844));
            driver.get(root + "workflow/migrate.xhtml?model=staffIncident&version=1");
            wait.until(d -> !d.findElements(By.id("migrate:cases")).isEmpty());
            assertThat(driver.findElement(By.id("migrate:cases")).getText()).contains(atProcedure).doesNotContain(late);
            axe.check("migrate, 390 px");
            assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth"))
                    .as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390L);
            axe.assertNoSeriousOrCriticalViolations();
            assertThat(Browser.cspViolations(driver)).as("Content-Security-Policy violations").isEmpty();
        } finally {
            driver.quit();
        }
        assertThat(definitionOf(late)).as("moved on the page").isNotEqualTo(v1).startsWith("staffIncident:2:");
    }
}
