package org.safecase;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safecase.identity.Caller;
import org.safecase.identity.CallerDirectory;
import org.safecase.inbox.InboxWork;
import org.safecase.intake.IncidentReport;
import org.safecase.intake.IncidentReporting;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.Deployments;
import org.safecase.testing.TestDatabase;
import org.safecase.workflow.InboxDrift;
import org.safecase.workflow.InboxDriftReport;
import org.safecase.workflow.InboxFilter;
import org.safecase.workflow.WorkflowEngine;
import org.safecase.workflow.TaskSummary;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #10 on the real server: the inbox's read model kept by the engine's events and checked
 * against the engine, its order and filters, taking over and handing on within a task's own
 * groups, and two people acting on one task at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class InboxIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.withInContainerTests(InboxIT.class);
    }

    @Inject
    IncidentReporting reporting;
    @Inject
    CallerDirectory callers;
    @Inject
    InboxWork inbox;
    @Inject
    InboxDrift drift;
    @Inject
    TaskService taskService;
    @Inject
    RuntimeService runtimeService;
    @Inject
    WorkflowEngine workflow;
    @Inject
    org.safecase.identity.Schools schools;

    @ArquillianResource
    URL base;

    private String report(String staff, boolean urgent) {
        return reporting.report(callers.forUsername(staff), new IncidentReport("CYBERBULLYING", "Messages about a teacher",
                LocalDateTime.now().minusHours(3), "ChatApp", null, null, null, null, null, urgent, null, null)).reference();
    }

    private Task taskOf(String reference) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    }

    private static InboxFilter byReference(String reference) {
        return new InboxFilter(reference, null, false, false, false, InboxFilter.Claim.ANY, null);
    }

    private void assertInStep(String after) {
        InboxDriftReport report = drift.check();
        assertThat(report.inStep()).as("read model in step with the engine after " + after + ": " + report).isTrue();
    }

    @Test
    void item1_theReadModelFollowsEveryChangeTheEngineMakesToATask() {
        Caller lead = callers.forUsername("lead.riverside");
        String reference = report("staff.riverside", false);
        Task task = taskOf(reference);
        assertInStep("a report");
        TaskSummary listed = inbox.page(lead, byReference(reference), 0, 10).tasks().get(0);
        assertThat(listed.id()).isEqualTo(task.getId());
        assertThat(listed.category()).isEqualTo("CYBERBULLYING");
        assertThat(listed.urgent()).isFalse();
        assertThat(listed.dueAt()).isEqualTo(task.getDueDate().toInstant());

        taskService.claim(task.getId(), "user:999999");
        assertInStep("a claim");
        assertThat(inbox.page(lead, byReference(reference), 0, 10).tasks().get(0).assignee()).isEqualTo("user:999999");
        taskService.unclaim(task.getId());
        assertInStep("an unclaim");
        Instant due = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        taskService.setDueDate(task.getId(), Date.from(due));
        assertInStep("a new due date");
        assertThat(inbox.page(lead, byReference(reference), 0, 10).tasks().get(0).overdue()).isTrue();
        taskService.setPriority(task.getId(), TaskSummary.URGENT_PRIORITY);
        assertInStep("a new priority");
        assertThat(inbox.page(lead, byReference(reference), 0, 10).tasks().get(0).urgent()).isTrue();
        taskService.addCandidateGroup(task.getId(), "school:999999:online-safety-lead");
        assertInStep("a candidate group added");
        taskService.deleteCandidateGroup(task.getId(), "school:999999:online-safety-lead");
        assertInStep("a candidate group removed");

        String instance = task.getProcessInstanceId();
        runtimeService.suspendProcessInstanceById(instance);
        assertInStep("the case suspended");
        assertThat(inbox.page(lead, byReference(reference), 0, 10).tasks()).as("a suspended case's task waits for no one")
                .isEmpty();
        runtimeService.activateProcessInstanceById(instance);
        assertInStep("the case activated");
        assertThat(inbox.page(lead, byReference(reference), 0, 10).tasks()).hasSize(1);

        runtimeService.deleteProcessInstance(instance, "withdrawn in a test");
        assertInStep("the case deleted");
        assertThat(inbox.page(lead, byReference(reference), 0, 10).tasks()).isEmpty();
    }

    @Test
    void item1_aCaseMigratedToAnotherVersionOfItsModelKeepsItsTaskInStep() throws Exception {
        String reference = report("staff.riverside", false);
        Task task = taskOf(reference);
        String model;
        try (var in = InboxIT.class.getClassLoader().getResourceAsStream("bpmn/staffIncident.bpmn20.xml")) {
            model = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String renamed = "Lead triages the report (revised model)";
        assertThat(model).contains("name=\"" + task.getName() + "\"");
        var repository = workflow.engine().getRepositoryService();
        String deployment = repository.createDeployment().name("InboxIT migration")
                .addString("staffIncident.bpmn20.xml", model.replace("name=\"" + task.getName() + "\"",
                        "name=\"" + renamed + "\"")).deploy().getId();
        try {
            String revised = repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
            workflow.engine().getProcessMigrationService().createProcessInstanceMigrationBuilder()
                    .migrateToProcessDefinition(revised).migrate(task.getProcessInstanceId());

            assertThat(taskOf(reference).getName()).as("the engine renamed the task").isEqualTo(renamed);
            assertInStep("a migration");
            // The read model took the revised name (assertInStep). The bundle words the shipped name
            // (issue #11 item 6); a name changed in a new version is shown as written (issue #14 item 3).
            assertThat(inbox.page(callers.forUsername("lead.riverside"), byReference(reference), 0, 10).tasks())
                    .extracting(TaskSummary::name).containsExactly(renamed);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
        assertInStep("the revised model and its case removed");
    }

    @Test
    void item2_laHrFiltersItsTasksBySchool() {
        String riverside = report("staff.riverside", false);
        String hillview = report("staff.hillview", false);
        // In the container: the test database's settings are the client's, so the ids come from the application.
        Long riversideId = callers.forUsername("staff.riverside").schoolId();
        Long hillviewId = callers.forUsername("staff.hillview").schoolId();
        Long localAuthority = schools.facts(riversideId).localAuthorityId();
        for (String reference : List.of(riverside, hillview)) {
            taskService.addCandidateGroup(taskOf(reference).getId(), org.safecase.identity.SchoolGroups.hrOfficers(localAuthority));
        }
        Caller hr = callers.forUsername("hr.northshire");

        assertThat(references(inbox.page(hr, new InboxFilter(null, null, false, false, false, InboxFilter.Claim.ANY,
                riversideId), 0, 100).tasks())).contains(riverside).doesNotContain(hillview);
        assertThat(references(inbox.page(hr, new InboxFilter(null, null, false, false, false, InboxFilter.Claim.ANY,
                hillviewId), 0, 100).tasks())).contains(hillview).doesNotContain(riverside);
        assertThat(references(inbox.page(hr, new InboxFilter(null, null, false, false, false, InboxFilter.Claim.ANY,
                null), 0, 100).tasks())).contains(riverside, hillview);
        assertInStep("HR offered two schools' tasks");
    }

    private static List<String> references(List<TaskSummary> tasks) {
        return tasks.stream().map(TaskSummary::caseReference).toList();
    }

    @Test
    void item1_theReadModelFollowsAFullJourneyAndEveryStepCompleted() {
        Caller lead = callers.forUsername("lead.riverside");
        String reference = report("staff.riverside", false);
        for (int step = 0; step < 3; step++) {
            List<TaskSummary> open = inbox.page(lead, byReference(reference), 0, 10).tasks();
            if (open.isEmpty()) {
                break;
            }
            TaskSummary next = open.get(0);
            inbox.claim(lead, next.id());
            assertInStep("claiming " + next.taskKey());
            if ("triageByLead".equals(next.taskKey())) {
                inbox.complete(lead, next.id(), Answers.SIMPLE_TRIAGE);
            } else {
                inbox.unclaim(lead, next.id());
                break;
            }
            assertInStep("completing " + next.taskKey());
        }
        assertInStep("the journey");
    }

    @Test
    @RunAsClient
    void item1_theDriftCheckFindsARowDeletedBehindItsBackAndTheRepairPutsItBack() {
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"CYBERBULLYING","description":"Posts about a teacher","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
        String taskId = Api.as(base, "lead.riverside").taskId(reference, "triageByLead");
        Api admin = Api.as(base, "admin.northshire");
        assertThat(Api.as(base, "lead.riverside").get("admin/inbox-check").status()).as("LA admins only").isEqualTo(403);

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM inbox_task WHERE task_id = ?", taskId)).isEqualTo(1);
        TestDatabase.update("DELETE FROM inbox_task_audience WHERE task_id = ?", taskId);
        TestDatabase.update("DELETE FROM inbox_task WHERE task_id = ?", taskId);
        TestDatabase.update("UPDATE inbox_task SET assignee = 'user:424242' WHERE task_id = (SELECT * FROM "
                + "(SELECT MIN(task_id) FROM inbox_task WHERE assignee IS NULL AND task_id <> ?) x)", taskId);

        JsonObject found = admin.get("admin/inbox-check").json();
        assertThat(found.getBoolean("inStep")).isFalse();
        assertThat(found.getJsonNumber("missingCount").longValue()).isEqualTo(1);
        assertThat(found.getJsonArray("missing").getString(0)).isEqualTo(taskId);
        assertThat(found.getJsonNumber("differentCount").longValue()).as("a row changed behind its back").isEqualTo(1);
        assertThat(Api.as(base, "lead.riverside").task(reference, "triageByLead")).as("the inbox reads the read model")
                .isNull();

        JsonObject repaired = admin.post("admin/inbox-check/repair", "").json();
        assertThat(repaired.getBoolean("inStep")).as(repaired.toString()).isTrue();
        assertThat(Api.as(base, "lead.riverside").taskId(reference, "triageByLead")).isEqualTo(taskId);
    }

    @Test
    void item2_urgentFirstThenByDeadlineOverdueFirstThenWithoutOneThenOldest_filteredAndCountedInTheDatabase() {
        Caller lead = callers.forUsername("lead.riverside");
        String urgent = report("staff.riverside", true);
        String overdue = report("staff.riverside", false);
        String later = report("staff.riverside", false);
        String noDeadline = report("staff.riverside", false);
        taskService.setDueDate(taskOf(overdue).getId(), Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        taskService.setDueDate(taskOf(later).getId(), Date.from(Instant.now().plus(30, ChronoUnit.DAYS)));
        taskService.setDueDate(taskOf(noDeadline).getId(), null);
        assertThat(taskOf(urgent).getDueDate().toInstant()).as("the urgent one is not the earliest due")
                .isAfter(taskOf(overdue).getDueDate().toInstant());

        List<TaskSummary> all = everything(lead, InboxFilter.NONE);
        List<String> ours = all.stream().map(TaskSummary::caseReference)
                .filter(r -> List.of(urgent, overdue, later, noDeadline).contains(r)).toList();
        assertThat(ours).containsExactly(urgent, overdue, later, noDeadline);
        assertThat(all).as("every urgent task before every other").isSortedAccordingTo(
                (a, b) -> Boolean.compare(b.urgent(), a.urgent()));
        assertThat(all.stream().filter(t -> !t.urgent()).map(t -> t.dueAt() == null).toList())
                .as("tasks without a deadline after those with one").isSortedAccordingTo(Boolean::compare);

        List<TaskSummary> urgentOnly = everything(lead, new InboxFilter(null, null, true, false, false, InboxFilter.Claim.ANY, null));
        assertThat(urgentOnly).allMatch(TaskSummary::urgent).extracting(TaskSummary::caseReference).contains(urgent)
                .doesNotContain(overdue);
        List<TaskSummary> overdueOnly = everything(lead, new InboxFilter(null, null, false, true, false, InboxFilter.Claim.ANY, null));
        assertThat(overdueOnly).allMatch(TaskSummary::overdue).extracting(TaskSummary::caseReference).contains(overdue)
                .doesNotContain(urgent, later, noDeadline);
        List<TaskSummary> thisWeek = everything(lead, new InboxFilter(null, null, false, false, true, InboxFilter.Claim.ANY, null));
        assertThat(thisWeek).extracting(TaskSummary::caseReference).contains(overdue).doesNotContain(later, noDeadline);
        assertThat(everything(lead, new InboxFilter(null, "NUDE_IMAGES", false, false, false, InboxFilter.Claim.ANY, null)))
                .isEmpty();

        inbox.claim(lead, taskOf(later).getId());
        assertThat(everything(lead, new InboxFilter(null, null, false, false, false, InboxFilter.Claim.MINE, null)))
                .extracting(TaskSummary::caseReference).contains(later).doesNotContain(urgent, overdue, noDeadline);
        assertThat(everything(lead, new InboxFilter(null, null, false, false, false, InboxFilter.Claim.UNCLAIMED, null)))
                .extracting(TaskSummary::caseReference).contains(urgent, overdue, noDeadline).doesNotContain(later);
        assertThat(inbox.page(lead, byReference(later.substring(later.length() - 4)), 0, 100).tasks())
                .extracting(TaskSummary::caseReference).as("part of a reference finds it").contains(later);
        assertThat(inbox.page(lead, byReference(later.substring(later.lastIndexOf('-') + 1)), 0, 100).tasks())
                .extracting(TaskSummary::caseReference).as("its number alone, looked up in every year")
                .containsExactly(later);
        assertThat(inbox.page(lead, byReference(later), 0, 100).tasks()).extracting(TaskSummary::caseReference)
                .as("the whole reference").containsExactly(later);
        List<TaskSummary> overdueThisWeek = everything(lead, new InboxFilter(null, null, false, true, true,
                InboxFilter.Claim.ANY, null));
        assertThat(overdueThisWeek).extracting(TaskSummary::caseReference).containsExactlyElementsOf(
                overdueOnly.stream().map(TaskSummary::caseReference).toList());

        var counts = inbox.counts(lead);
        assertThat(counts.waiting()).isEqualTo(all.size() + 0L);
        assertThat(counts.urgent()).isEqualTo(urgentOnly.size() + 0L);
        assertThat(counts.overdue()).isEqualTo(overdueOnly.size() + 0L);
    }

    /** Every page of the caller's inbox under a filter, in order, as the database pages it. */
    private List<TaskSummary> everything(Caller caller, InboxFilter filter) {
        List<TaskSummary> all = new ArrayList<>();
        for (int first = 0; ; first += 7) {
            List<TaskSummary> page = inbox.page(caller, filter, first, 7).tasks();
            all.addAll(page);
            if (page.size() < 7) {
                return all;
            }
        }
    }

    @Test
    @RunAsClient
    void item2_item6_inboxParametersOfTheWrongTypeAreRefusedNamingTheParameter() {
        Api lead = Api.as(base, "lead.riverside");
        for (String[] wrong : new String[][]{{"urgent=yes", "urgent"}, {"overdue=1", "overdue"},
                {"dueThisWeek=TRUE", "dueThisWeek"}, {"claim=someone", "claim"}, {"school=-3", "school"},
                {"school=abc", "school"}, {"size=0", "size"}, {"size=101", "size"}, {"first=x", "first"},
                {"reference=%25%27--", "reference"}, {"category=cyber%20bullying", "category"}}) {
            Api.Reply reply = lead.get("tasks?" + wrong[0]);
            assertThat(reply.status()).as(wrong[0]).isEqualTo(400);
            assertThat(reply.body()).as(wrong[0]).contains("\"" + wrong[1] + "\"");
        }
        assertThat(lead.get("tasks?urgent=true&overdue=false&claim=unclaimed&size=5").status()).isEqualTo(200);
        JsonObject counts = lead.get("tasks/counts").json();
        assertThat(counts.getJsonNumber("waiting").longValue()).isGreaterThanOrEqualTo(counts.getJsonNumber("urgent").longValue());
    }

    private static String childProtectionReport(URL base) {
        return Api.as(base, "staff.riverside").post("incidents", """
                {"category":"NUDE_IMAGES","description":"A pupil says an image is being passed round","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(2).withNano(0))).json().getString("reference");
    }

    private static String userIdNamed(Api api, String taskId, String name) {
        JsonObject people = api.get("tasks/" + taskId + "/candidates").json();
        return people.keySet().stream().filter(user -> name.equals(people.getString(user))).findFirst()
                .map(user -> user.substring("user:".length())).orElseThrow(() -> new AssertionError(name + " in " + people));
    }

    @Test
    @RunAsClient
    void item3_aDeputyDslSeesAndTakesOverWhatTheDslClaimed_andNobodyHandsATaskOutsideItsGroups() {
        String reference = childProtectionReport(base);
        Api dsl = Api.as(base, "dsl.riverside");
        Api deputy = Api.as(base, "deputydsl.riverside");
        String taskId = dsl.taskId(reference, "initialReviewByDsl");
        assertThat(dsl.post("tasks/" + taskId + "/open", "").json().getString("assignee")).as("one click claims it")
                .startsWith("user:");

        JsonObject seen = deputy.task(reference, "initialReviewByDsl");
        assertThat(seen).as("the deputy sees what the DSL claimed").isNotNull();
        assertThat(seen.getString("assignee")).isEqualTo(dsl.task(reference, "initialReviewByDsl").getString("assignee"));
        String deputyId = userIdNamed(deputy, taskId, "Dev Deputy");
        String dslId = userIdNamed(deputy, taskId, "Dana Safeguarding");
        assertThat(deputy.post("tasks/" + taskId + "/unclaim", "").status()).as("only the holder gives it back")
                .isEqualTo(409);

        Api.Reply takenOver = deputy.post("tasks/" + taskId + "/reassign", "{\"to\":" + deputyId + "}");
        assertThat(takenOver.status()).as(takenOver.body()).isEqualTo(200);
        assertThat(takenOver.json().getString("assignee")).isEqualTo("user:" + deputyId);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'TASK_REASSIGNED' AND subject = ?",
                reference)).isEqualTo(1);

        String governorId = TestDatabase.string("SELECT CAST(id AS CHAR) FROM app_user WHERE username = 'governor.riverside'");
        String leadId = TestDatabase.string("SELECT CAST(id AS CHAR) FROM app_user WHERE username = 'lead.riverside'");
        String otherDsl = TestDatabase.string("SELECT CAST(id AS CHAR) FROM app_user WHERE username = 'dsl.hillview'");
        for (String outsider : List.of(governorId, leadId, otherDsl)) {
            Api.Reply refused = deputy.post("tasks/" + taskId + "/reassign", "{\"to\":" + outsider + "}");
            assertThat(refused.status()).as("handing to " + outsider).isEqualTo(403);
            assertThat(refused.body()).contains("only to someone in the group");
        }
        assertThat(deputy.post("tasks/" + taskId + "/reassign", "{\"to\":\"" + dslId + "\"}").status())
                .as("a user id is a number").isEqualTo(400);
        assertThat(Api.as(base, "lead.riverside").post("tasks/" + taskId + "/reassign", "{\"to\":" + leadId + "}")
                .status()).as("a lead never sees the DSL's task").isEqualTo(404);

        Api.Reply byHead = Api.as(base, "head.riverside").post("tasks/" + taskId + "/reassign", "{\"to\":" + dslId + "}");
        assertThat(byHead.status()).as("the head teacher hands on within the task's groups: " + byHead.body()).isEqualTo(200);
        assertThat(dsl.task(reference, "initialReviewByDsl").getString("assignee")).isEqualTo("user:" + dslId);
        Api.Reply stale = deputy.post("tasks/" + taskId + "/reassign", "{\"to\":" + deputyId + ",\"holder\":" + deputyId + "}");
        assertThat(stale.status()).as("handing on what someone else changed meanwhile").isEqualTo(409);
        assertThat(dsl.post("tasks/" + taskId + "/unclaim", "").status()).isEqualTo(200);
        JsonObject givenBack = dsl.task(reference, "initialReviewByDsl");
        assertThat(!givenBack.containsKey("assignee") || givenBack.isNull("assignee")).as(givenBack.toString()).isTrue();
    }

    @Test
    @RunAsClient
    void item5_twoClaimsAndTwoCompletesAtTheSameMomentGiveOneSuccessAndOne409NeverA500() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String reference = childProtectionReport(base);
                Api dsl = Api.as(base, "dsl.riverside");
                Api deputy = Api.as(base, "deputydsl.riverside");
                String taskId = dsl.taskId(reference, "initialReviewByDsl");
                assertThat(statuses(pool, () -> dsl.post("tasks/" + taskId + "/claim", ""),
                        () -> deputy.post("tasks/" + taskId + "/claim", ""))).as("two claims, round " + round)
                        .containsExactlyInAnyOrder(200, 409);
            }
            for (int round = 0; round < 10; round++) {
                String reference = Api.as(base, "staff.riverside").post("incidents", """
                        {"category":"CYBERBULLYING","description":"Posts about a teacher","occurredAt":"%s"}
                        """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
                Api lead = Api.as(base, "lead.riverside");
                String taskId = lead.taskId(reference, "triageByLead");
                assertThat(lead.post("tasks/" + taskId + "/claim", "").status()).isEqualTo(200);
                String answers = Answers.json(Answers.SIMPLE_TRIAGE);
                assertThat(statuses(pool, () -> lead.post("tasks/" + taskId + "/complete", answers),
                        () -> lead.post("tasks/" + taskId + "/complete", answers))).as("two completes, round " + round)
                        .containsExactlyInAnyOrder(200, 409);
                assertThat(TestDatabase.count("SELECT COUNT(*) FROM triage_record t JOIN incident i ON i.id = t.incident_id "
                        + "WHERE i.reference = ?", reference)).as("one triage recorded").isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends both requests at the same moment (behind a barrier) and gives their statuses. */
    private static List<Integer> statuses(ExecutorService pool, Callable<Api.Reply> one, Callable<Api.Reply> other)
            throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (Callable<Api.Reply> request : List.of(one, other)) {
            replies.add(pool.submit(() -> {
                barrier.await();
                return request.call();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Reply> reply : replies) {
            Api.Reply answered = reply.get();
            assertThat(answered.status()).as(answered.body()).isLessThan(500);
            if (answered.status() == 409) {
                assertThat(answered.body()).contains("task");
            }
            statuses.add(answered.status());
        }
        return statuses;
    }
}
