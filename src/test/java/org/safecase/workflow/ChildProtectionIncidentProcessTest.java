package org.safecase.workflow;

import org.flowable.engine.ProcessEngine;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.safecase.identity.SchoolGroups;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChildProtectionIncidentProcessTest {
    private final ProcessEngine engine = ProcessEngineOnMariaDb.engine();

    @Test
    void R_SX_1_reportGoesToTheSchoolsDslsOnlyNeverTheGeneralInbox() {
        String reference = "SC-T-" + UUID.randomUUID();
        engine.getRuntimeService().startProcessInstanceByKey(ProcessModels.CHILD_PROTECTION_INCIDENT, reference,
                Map.of("schoolId", 1L, "reviewGroup", SchoolGroups.safeguardingLeads(1L),
                        "headTeacherGroup", SchoolGroups.headTeacher(1L), "triageDeadline", "P1D"));

        Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo("initialReviewByDsl");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskCandidateGroup(SchoolGroups.safeguardingLeads(1L)).count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskCandidateGroupIn(List.of(SchoolGroups.onlineSafetyLeads(1L), SchoolGroups.headTeacher(1L),
                        SchoolGroups.safeguardingLeads(2L))).count()).isZero();

        engine.getTaskService().complete(review.getId());

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).singleResult().getEndActivityId()).isEqualTo("reviewRecorded");
    }
}
