package org.safecase.workflow;

import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.safecase.identity.SchoolGroups;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StaffIncidentProcessTest {
    private final ProcessEngine engine = ProcessEngineOnMariaDb.engine();

    @Test
    void R_ST_4_reportIsTriagedByTheSchoolsLeadsByTheDeadlineThenRecorded() {
        String reference = "SC-T-" + UUID.randomUUID();
        Date due = Date.from(Instant.parse("2026-11-23T17:00:00Z"));
        engine.getRuntimeService().startProcessInstanceByKey(ProcessModels.STAFF_INCIDENT, reference, Map.of(
                "reviewGroup", SchoolGroups.onlineSafetyLeads(1L), "reviewDue", due));

        Task triage = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(triage.getTaskDefinitionKey()).isEqualTo("triageByLead");
        assertThat(triage.getName()).isEqualTo("Lead triages report");
        assertThat(triage.getDueDate()).isEqualTo(due);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskCandidateGroup(SchoolGroups.onlineSafetyLeads(1L)).count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskCandidateGroupIn(java.util.List.of(SchoolGroups.onlineSafetyLeads(2L),
                        SchoolGroups.safeguardingLeads(1L))).count()).isZero();

        engine.getTaskService().claim(triage.getId(), "user:7");
        engine.getTaskService().complete(triage.getId());

        assertThat(ProcessEngineOnMariaDb.TRIAGES_RECORDED).contains(reference);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult().getEndActivityId()).isEqualTo("reportTriaged");
    }
}
