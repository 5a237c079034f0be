package org.safecase.workflow;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #14 item 8: where a case is on its diagram, from the history of its process. */
class DiagramMarksTest {
    private static final Function<String, List<String>> NO_FLOWS = id -> List.of();
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private static ActivityTrace done(String id, String type, String name, int start, int end) {
        return new ActivityTrace(id, type, name, T0.plusSeconds(start), T0.plusSeconds(end), false, null);
    }

    private static ActivityTrace open(String id, String type, String name, int start) {
        return new ActivityTrace(id, type, name, T0.plusSeconds(start), null, false, null);
    }

    private static ActivityTrace cancelled(String id, String type, String name, int start, int end) {
        return new ActivityTrace(id, type, name, T0.plusSeconds(start), T0.plusSeconds(end), true, null);
    }

    private static List<String> names(List<DiagramStep> steps) {
        return steps.stream().map(DiagramStep::name).toList();
    }

    @Test
    void item8_stepsDoneInTheOrderTheyWereDoneWithTheFlowsTakenAndTheStepsOpenNow() {
        DiagramMarks marks = DiagramMarks.of(List.of(
                open("recordSupport", "userTask", "Lead records the support", 40),
                done("incidentReported", "startEvent", "Incident reported", 0, 0),
                done("toTriage", "sequenceFlow", null, 1, 1),
                done("triage", "subProcess", "Triage of the report", 2, 30),
                done("triageByLead", "userTask", "Lead triages report", 3, 29),
                done("triaged", "parallelGateway", "Triaged", 31, 31),
                done("toSupport", "sequenceFlow", null, 32, 32),
                open("policeReferral", "callActivity", "Police referral", 35)), NO_FLOWS, id -> List.of());

        assertThat(marks.doneElements()).containsExactly("incidentReported", "toTriage", "triageByLead", "triage",
                "triaged", "toSupport");
        assertThat(marks.openElements()).containsExactly("policeReferral", "recordSupport");
        assertThat(names(marks.stepsDone())).as("no flows or gateways in words")
                .containsExactly("Incident reported", "Lead triages report", "Triage of the report");
        assertThat(names(marks.stepsOpen())).containsExactly("Police referral", "Lead records the support");
    }

    @Test
    void item8_aStepDoneOnceAndOpenAgainIsOpenAndAStepCancelledIsNotDone() {
        DiagramMarks marks = DiagramMarks.of(List.of(
                done("recordChild", "userTask", "DSL records child 1", 0, 10),
                open("recordChild", "userTask", "DSL records child 2", 1),
                cancelled("headTeacherEnsuresTriage", "userTask", "Head teacher makes sure", 2, 5),
                open("triageDeadlineMissed", "boundaryEvent", "Triage deadline missed", 3)), NO_FLOWS, id -> List.of());

        assertThat(marks.doneElements()).isEmpty();
        assertThat(marks.openElements()).as("a deadline waiting beside its task is not open itself")
                .containsExactly("recordChild");
        assertThat(marks.stepsDone()).isEmpty();
        assertThat(names(marks.stepsOpen())).containsExactly("DSL records child 2");
    }

    @Test
    void item8_aBoundaryEventIsDoneOnlyWhenItFiredAndASubProcessItsOwnEndTerminatedIsDone() {
        Map<String, List<String>> outgoing = Map.of("triageDeadlineMissed", List.of("toHeadTeacher"),
                "noSatisfactionAnswer", List.of("closeWithoutAnswer"), "triage", List.of("toRecordTriage"),
                "staffSatisfaction", List.of("toSatisfiedQuestion"));
        DiagramMarks marks = DiagramMarks.of(List.of(
                cancelled("triage", "subProcess", "Triage of the report", 0, 20),
                done("triageDeadlineMissed", "boundaryEvent", "Triage deadline missed", 1, 10),
                done("toHeadTeacher", "sequenceFlow", null, 10, 10),
                done("toRecordTriage", "sequenceFlow", null, 20, 20),
                cancelled("staffSatisfaction", "userTask", "Staff member says", 30, 40),
                done("noSatisfactionAnswer", "boundaryEvent", "No answer by the deadline", 30, 40)),
                id -> outgoing.getOrDefault(id, List.of()), id -> List.of());

        assertThat(marks.doneElements()).containsExactly("triageDeadlineMissed", "toHeadTeacher", "triage", "toRecordTriage");
    }

    @Test
    void item8_anOpenCallActivityNamesTheStepsOpenInTheProcessItCalled() {
        ActivityTrace referral = new ActivityTrace("referToAgencies", "callActivity",
                "Referral to police and children's social care", T0, null, false, "child-1");
        DiagramMarks marks = DiagramMarks.of(List.of(referral), NO_FLOWS,
                Map.of("child-1", List.of("DSL records the police referral"))::get);

        assertThat(marks.stepsOpen()).containsExactly(new DiagramStep("referToAgencies",
                "Referral to police and children's social care", List.of("DSL records the police referral")));
    }

    @Test
    void item8_expressionsInAModelsNamesAreLeftOutOfTheWords() {
        assertThat(DiagramMarks.readable("${urgentPolice ? 'URGENT: ' : ''}DSL records the police referral"))
                .isEqualTo("DSL records the police referral");
        assertThat(DiagramMarks.readable("DSL records the risk assessment for child ${loopCounter + 1}"))
                .isEqualTo("DSL records the risk assessment for child");
        assertThat(DiagramMarks.readable(null)).isEmpty();
        assertThat(DiagramMarks.of(List.of(done("unnamed", "userTask", "  ", 0, 1)), NO_FLOWS, id -> List.of()).stepsDone())
                .as("an element without a name is drawn but not listed").isEmpty();
    }
}
