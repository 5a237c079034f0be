package org.safecase.workflow;

import org.flowable.engine.ProcessEngine;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.safecase.identity.SchoolGroups;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One staff case driven through the models as the people involved would: by answering task forms. */
final class StaffCaseScenario {
    static final String REPORTER = "user:100";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ProcessEngine engine;
    final String reference = "SC-T-" + UUID.randomUUID();

    private StaffCaseScenario(ProcessEngine engine) {
        this.engine = engine;
    }

    static StaffCaseScenario reported(ProcessEngine engine, String category, LocalDateTime at) {
        return reported(engine, category, at, false);
    }

    static StaffCaseScenario reported(ProcessEngine engine, String category, LocalDateTime at, boolean policeWanted) {
        return reported(engine, category, at, policeWanted, 1L);
    }

    static StaffCaseScenario reported(ProcessEngine engine, String category, LocalDateTime at, boolean policeWanted,
                                      long schoolId) {
        return reported(engine, category, at, policeWanted, schoolId, false);
    }

    /** A report in immediate danger: urgent, its first step due two clock hours later (R-X-1a's exception). */
    static StaffCaseScenario reportedInImmediateDanger(ProcessEngine engine, String category, LocalDateTime at) {
        return reported(engine, category, at, false, 1L, true);
    }

    private static StaffCaseScenario reported(ProcessEngine engine, String category, LocalDateTime at,
                                              boolean policeWanted, long schoolId, boolean urgent) {
        StaffCaseScenario scenario = new StaffCaseScenario(engine);
        scenario.clockAt(at);
        engine.getRuntimeService().startProcessInstanceByKey(ProcessModels.STAFF_INCIDENT, scenario.reference, Map.ofEntries(
                Map.entry("policeWanted", policeWanted), Map.entry("urgent", urgent),
                Map.entry("schoolId", schoolId),
                Map.entry("category", category),
                Map.entry("reporterUser", REPORTER),
                Map.entry("reviewGroup", SchoolGroups.onlineSafetyLeads(1L)),
                Map.entry("headTeacherGroup", SchoolGroups.headTeacher(1L)),
                Map.entry("hrGroup", SchoolGroups.hrOfficers(9L)),
                Map.entry("triageDeadline", "P1D"),
                Map.entry("firstStepDue", urgent ? "clock PT2H" : "school:" + schoolId + " P1D"),
                Map.entry("removalDeadline", "P5D"),
                Map.entry("providerDeadline", "P2D"),
                Map.entry("satisfactionDeadline", "P10D")));
        return scenario;
    }

    void clockAt(LocalDateTime schoolTime) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(schoolTime.atZone(LONDON).toInstant()));
    }

    StaffCaseScenario triage(String severity, boolean mayBeCriminal, String perpetrator, boolean removalNeeded,
                             boolean posterKnown, boolean maliciousClaimByPupil) {
        return answer("triageByLead", Map.of("severity", severity, "mayBeCriminal", "" + mayBeCriminal,
                "perpetrator", perpetrator, "removalNeeded", "" + removalNeeded, "posterKnown", "" + posterKnown,
                "maliciousClaimByPupil", "" + maliciousClaimByPupil));
    }

    /** Completes the open task with this key, through its form, as the task page does. */
    StaffCaseScenario answer(String taskKey, Map<String, String> answers) {
        Task task = task(taskKey);
        if (task == null) {
            throw new AssertionError("No open task " + taskKey + "; open: " + openTaskKeys());
        }
        engine.getFormService().submitTaskFormData(task.getId(), new HashMap<>(answers));
        return this;
    }

    StaffCaseScenario closeWithSupport(boolean satisfied) {
        answer("recordSupport", Map.of("supportOffered", "Employee assistance programme", "supportOfferedOn", "2026-11-25"));
        answer("recordOutcome", Map.of("caseOutcome", "Material removed; sanction applied"));
        answer("staffSatisfaction", Map.of("satisfied", "" + satisfied));
        return satisfied ? this : answer("headTeacherReviewsHandling",
                Map.of("reviewFindings", "Takedown slower than it should have been; lead retrained"));
    }

    Task task(String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey).singleResult();
    }

    /** The open steps other than recording support, which runs beside everything from triage on (R-ST-12). */
    List<String> responseTaskKeys() {
        return openTaskKeys().stream().filter(key -> !"recordSupport".equals(key)).toList();
    }

    List<String> openTaskKeys() {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    /** The timer of the named boundary event on this case. */
    Job timer(String boundaryEventId) {
        return engine.getManagementService().createTimerJobQuery().elementId(boundaryEventId).list().stream()
                .filter(job -> engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceId(job.getProcessInstanceId()).processInstanceBusinessKey(reference).count() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("No timer " + boundaryEventId));
    }

    /** Moves the engine clock to {@code schoolTime} and fires the timer of the named boundary event. */
    void deadlinePasses(String boundaryEventId, LocalDateTime schoolTime) {
        Job timer = timer(boundaryEventId);
        clockAt(schoolTime);
        engine.getManagementService().moveTimerToExecutableJob(timer.getId());
        engine.getManagementService().executeJob(timer.getId());
    }

    boolean isClosed() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).count() == 0
                && "caseClosed".equals(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).processDefinitionKey(ProcessModels.STAFF_INCIDENT)
                .singleResult().getEndActivityId());
    }

    Object variable(String name) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ProcessModels.STAFF_INCIDENT).singleResult().getId();
        return engine.getRuntimeService().getVariable(instance, name);
    }
}
