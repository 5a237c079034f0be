package org.safecase.workflow;

import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14 item 8 on the real models and engine (MariaDB): a case's diagram is the model
 * version its main process runs on, with the steps done and open, a call activity open while the
 * process it called runs, and an ended case's steps all done.
 */
class CaseDiagramsProcessTest {
    private static final LocalDateTime TUESDAY_10AM = LocalDateTime.of(2026, 11, 24, 10, 0);
    private final ProcessEngine engine = ProcessEngineOnMariaDb.engine();
    private final CaseDiagrams diagrams = new CaseDiagrams();

    CaseDiagramsProcessTest() {
        diagrams.historyService = engine.getHistoryService();
        diagrams.repositoryService = engine.getRepositoryService();
    }

    @AfterEach
    void resetClock() {
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    @Test
    void item8_aNewCaseIsAtTriageOnTheModelVersionItRunsOn() {
        StaffCaseScenario scenario = StaffCaseScenario.reported(engine, "CYBERBULLYING", TUESDAY_10AM);

        CaseDiagram diagram = diagrams.of(scenario.reference).orElseThrow();

        int version = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProcessModels.STAFF_INCIDENT).latestVersion().singleResult().getVersion();
        assertThat(diagram.modelKey()).isEqualTo("staffIncident");
        assertThat(diagram.modelName()).isEqualTo("Staff online-safety incident");
        assertThat(diagram.modelVersion()).isEqualTo(version);
        assertThat(diagram.modelXml()).contains("<process id=\"staffIncident\"");
        assertThat(diagram.openElements()).containsExactlyInAnyOrder("triage", "triageByLead");
        assertThat(diagram.doneElements()).contains("incidentReported", "toTriage").doesNotContain("triage");
        assertThat(diagram.stepsOpen()).extracting(DiagramStep::name)
                .containsExactly("Triage of the report", "Lead triages report");
        assertThat(diagram.openAttribute()).isEqualTo("triage,triageByLead");
    }

    @Test
    void item8_afterTriageTheCallActivityIsOpenWithTheStepOfThePoliceReferralItRuns() {
        StaffCaseScenario scenario = StaffCaseScenario.reported(engine, "CYBERBULLYING", TUESDAY_10AM)
                .triage("HIGH", true, "UNKNOWN", false, false, false);

        CaseDiagram diagram = diagrams.of(scenario.reference).orElseThrow();

        assertThat(diagram.modelKey()).as("the case's main process, not the police referral it called")
                .isEqualTo("staffIncident");
        assertThat(diagram.doneElements()).contains("triageByLead", "triage", "recordTriage", "triaged")
                .doesNotContain("policeReferral", "recordSupport");
        assertThat(diagram.openElements()).containsExactlyInAnyOrder("policeReferral", "recordSupport");
        assertThat(diagram.stepsOpen()).filteredOn(step -> step.elementId().equals("policeReferral"))
                .singleElement().satisfies(step -> assertThat(step.within())
                        .containsExactly("Lead considers police involvement with the staff member"));
    }

    @Test
    void item8_anEndedCaseHasNoStepOpenAndItsEndDone() {
        StaffCaseScenario scenario = StaffCaseScenario.reported(engine, "OTHER", TUESDAY_10AM)
                .triage("LOW", false, "UNKNOWN", false, false, false).closeWithSupport(true);

        CaseDiagram diagram = diagrams.of(scenario.reference).orElseThrow();

        assertThat(diagram.openElements()).isEmpty();
        assertThat(diagram.stepsOpen()).isEmpty();
        assertThat(diagram.doneElements()).contains("triage", "recordSupport", "recordOutcome", "staffSatisfaction",
                "closeCase", "caseClosed");
        assertThat(diagram.stepsDone()).extracting(DiagramStep::name).last().isEqualTo("Case closed");
    }

    @Test
    void item8_noDiagramForACaseWithoutAProcess() {
        assertThat(diagrams.of("SC-T-none")).isEmpty();
        assertThat(diagrams.of(null)).isEmpty();
    }
}
