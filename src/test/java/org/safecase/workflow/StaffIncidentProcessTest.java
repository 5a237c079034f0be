package org.safecase.workflow;

import org.flowable.engine.ProcessEngine;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safecase.identity.SchoolGroups;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StaffIncidentProcessTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final ProcessEngine engine = ProcessEngineOnMariaDb.engine();

    @AfterEach
    void resetClock() {
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    private void clockAt(LocalDateTime schoolTime) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(schoolTime.atZone(LONDON).toInstant()));
    }

    private String report() {
        String reference = "SC-T-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey(ProcessModels.STAFF_INCIDENT, reference, Map.of(
                "schoolId", 1L,
                "reviewGroup", SchoolGroups.onlineSafetyLeads(1L),
                "headTeacherGroup", SchoolGroups.headTeacher(1L),
                "triageDeadline", "P1D"));
        return reference;
    }

    private Task task(String reference, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(key).singleResult();
    }

    @Test
    void R_ST_4_reportIsTriagedByTheSchoolsLeadsThenRecorded() {
        clockAt(LocalDateTime.of(2026, 11, 24, 10, 0));
        String reference = report();

        Task triage = task(reference, "triageByLead");
        assertThat(triage.getName()).isEqualTo("Lead triages report");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskCandidateGroup(SchoolGroups.onlineSafetyLeads(1L)).count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskCandidateGroupIn(List.of(SchoolGroups.onlineSafetyLeads(2L), SchoolGroups.safeguardingLeads(1L)))
                .count()).isZero();

        engine.getTaskService().claim(triage.getId(), "user:7");
        engine.getTaskService().complete(triage.getId());

        assertThat(ProcessEngineOnMariaDb.TRIAGES_RECORDED).contains(reference);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult().getEndActivityId()).isEqualTo("reportTriaged");
        assertThat(engine.getManagementService().createTimerJobQuery()
                .processInstanceId(triage.getProcessInstanceId()).count()).as("deadline timer cancelled").isZero();
    }

    @Test
    void R_X_1_fridayEveningReportIsDueOnMondayAfternoonInWorkingTime() {
        clockAt(LocalDateTime.of(2026, 11, 20, 17, 30));
        String reference = report();

        Instant expected = LocalDateTime.of(2026, 11, 23, 16, 30).atZone(LONDON).toInstant();
        assertThat(task(reference, "triageByLead").getDueDate().toInstant()).isEqualTo(expected);
        assertThat(engine.getManagementService().createTimerJobQuery()
                .processInstanceId(task(reference, "triageByLead").getProcessInstanceId()).singleResult()
                .getDuedate().toInstant()).isEqualTo(expected);
    }

    @Test
    void R_ST_4_missedTriageDeadlineEscalatesToTheHeadTeacherUntilTheLeadTriages() {
        clockAt(LocalDateTime.of(2026, 11, 20, 17, 30));
        String reference = report();
        String instance = task(reference, "triageByLead").getProcessInstanceId();
        Job deadline = engine.getManagementService().createTimerJobQuery().processInstanceId(instance).singleResult();

        clockAt(LocalDateTime.of(2026, 11, 23, 16, 31));
        engine.getManagementService().moveTimerToExecutableJob(deadline.getId());
        engine.getManagementService().executeJob(deadline.getId());

        Task escalation = task(reference, "headTeacherEnsuresTriage");
        assertThat(escalation).isNotNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(escalation.getId())
                .taskCandidateGroup(SchoolGroups.headTeacher(1L)).count()).isEqualTo(1);
        assertThat(task(reference, "triageByLead")).as("the lead's task stays open").isNotNull();

        engine.getTaskService().complete(task(reference, "triageByLead").getId());

        assertThat(task(reference, "headTeacherEnsuresTriage")).as("reminder ends with the triage").isNull();
        assertThat(ProcessEngineOnMariaDb.TRIAGES_RECORDED).contains(reference);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void R_ST_4_headTeacherActingFirstLeavesTheTriageWithTheLead() {
        clockAt(LocalDateTime.of(2026, 11, 24, 9, 0));
        String reference = report();
        String instance = task(reference, "triageByLead").getProcessInstanceId();
        Job deadline = engine.getManagementService().createTimerJobQuery().processInstanceId(instance).singleResult();
        clockAt(LocalDateTime.of(2026, 11, 25, 9, 1));
        engine.getManagementService().moveTimerToExecutableJob(deadline.getId());
        engine.getManagementService().executeJob(deadline.getId());

        engine.getTaskService().complete(task(reference, "headTeacherEnsuresTriage").getId());

        assertThat(task(reference, "triageByLead")).isNotNull();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
    }
}
