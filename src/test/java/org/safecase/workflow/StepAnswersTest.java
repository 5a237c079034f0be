package org.safecase.workflow;

import org.flowable.bpmn.model.FormProperty;
import org.flowable.bpmn.model.FormValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #8 item 1: answers reach the case record typed, whether they come from a step completed
 * today (engine variables) or from the history an earlier version left (the submitted text).
 */
class StepAnswersTest {
    private static FormProperty property(String id, String type) {
        FormProperty property = new FormProperty();
        property.setId(id);
        property.setName("Question " + id);
        property.setType(type);
        return property;
    }

    @Test
    void item1_eachKindOfAnswerIsTypedFromTheEngineOrFromItsHistory() {
        assertThat(StepAnswers.of(property("b", "boolean"), Boolean.TRUE).value()).isEqualTo(true);
        assertThat(StepAnswers.of(property("b", "boolean"), "false").value()).isEqualTo(false);
        assertThat(StepAnswers.of(property("n", "long"), 13).value()).isEqualTo(13L);
        assertThat(StepAnswers.of(property("n", "long"), "2").value()).isEqualTo(2L);
        assertThat(StepAnswers.of(property("d", "date"), "2026-11-24").value()).isEqualTo(LocalDate.of(2026, 11, 24));
        Date engineDate = Date.from(LocalDate.of(2026, 11, 24).atStartOfDay(ZoneId.systemDefault()).toInstant());
        assertThat(StepAnswers.of(property("d", "date"), engineDate).value()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(StepAnswers.of(property("t", "string"), "words").value()).isEqualTo("words");
        assertThat(StepAnswers.of(property("t", null), "  ").value()).as("blank is not an answer").isNull();
    }

    @Test
    void item1_aChoiceKeepsItsCodeAndTheModelsWordsForIt() {
        FormProperty choice = property("perpetrator", "enum");
        FormValue parent = new FormValue();
        parent.setId("PARENT_CARER");
        parent.setName("A parent or carer");
        choice.setFormValues(List.of(parent));
        StepAnswer answer = StepAnswers.of(choice, "PARENT_CARER");
        assertThat(answer.value()).isEqualTo("PARENT_CARER");
        assertThat(answer.choiceLabel()).isEqualTo("A parent or carer");
        assertThat(answer.kind()).isEqualTo(FormField.Kind.CHOICE);
    }

    @Test
    void item1_anAnswerOfTheWrongTypeIsRefused() {
        assertThatThrownBy(() -> new StepAnswer("n", "n", FormField.Kind.NUMBER, "13", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void item2_onlyTheAnswersTheGatewaysReadAreKeptAsProcessVariables() {
        assertThat(KeptAnswers.kept("staffIncident", "perpetrator")).isTrue();
        assertThat(KeptAnswers.kept("staffIncident", "severity")).isFalse();
        assertThat(KeptAnswers.kept("policeReferral", "crimeReference")).isFalse();
        assertThat(KeptAnswers.kept("providerTakedown", "takedownOutcome")).isTrue();
        assertThat(KeptAnswers.kept("providerTakedown", "providerReference")).isFalse();
        assertThat(KeptAnswers.kept("childProtectionIncident", "youngestAge")).as("the decision table reads it").isTrue();
        assertThat(KeptAnswers.kept("childProtectionReferral", "policeReference")).isFalse();
        assertThat(KeptAnswers.kept("aModelAnAdminAdded", "anything")).as("its gateways are unknown").isTrue();
    }
}
