package org.safecase.workflow.admin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue #14 item 3, "see what changed against the deployed version": the elements added, removed
 * and changed between two files, each changed one with its properties before and after; what
 * only moves a box, or what the editor writes on its own, is no change.
 */
class ModelChangesTest {
    private static final String SMALL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                         xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                         xmlns:flowable="http://flowable.org/bpmn" targetNamespace="https://safecase.org/processes">
              <process id="small" name="Small" isExecutable="true">
                <startEvent id="started" name="Started"/>
                <sequenceFlow id="toCheck" sourceRef="started" targetRef="check"/>
                <userTask id="check" name="Lead checks the report" flowable:candidateGroups="${reviewGroup}"
                          flowable:dueDate="school:${schoolId} P2D" flowable:businessCalendarName="schoolWorkingTime">
                  <extensionElements>
                    <flowable:formProperty id="serious" name="Is it serious?" type="boolean" required="true"/>
                  </extensionElements>
                </userTask>
                <sequenceFlow id="toDone" sourceRef="check" targetRef="done"/>
                <endEvent id="done" name="Done"/>
              </process>
              <bpmndi:BPMNDiagram id="diagram">
                <bpmndi:BPMNPlane id="plane" bpmnElement="small">
                  <bpmndi:BPMNShape id="check_di" bpmnElement="check"><dc:Bounds x="100" y="80" width="100" height="80"/></bpmndi:BPMNShape>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </definitions>
            """;

    private static String shipped(String file) throws IOException {
        return Files.readString(Path.of("bpmn", file));
    }

    @Test
    void item3_theSameFileHasNoChanges() throws IOException {
        assertThat(ModelChanges.between(SMALL, SMALL)).isEmpty();
        String staff = shipped("staffIncident.bpmn20.xml");
        assertThat(ModelChanges.between(staff, staff)).isEmpty();
        String table = shipped("referralDecision.dmn");
        assertThat(ModelChanges.between(table, table)).isEmpty();
    }

    @Test
    void item3_aRenamedStepIsChangedWithItsNameBeforeAndAfter() throws IOException {
        String staff = shipped("staffIncident.bpmn20.xml");
        String renamed = staff.replace("name=\"Lead triages report\"", "name=\"Lead triages the report\"");

        List<ModelChange> changes = ModelChanges.between(staff, renamed);

        assertThat(changes).extracting(ModelChange::kind, ModelChange::elementId, ModelChange::elementType, ModelChange::name)
                .containsExactly(tuple(ModelChange.Kind.CHANGED, "triageByLead", "userTask", "Lead triages the report"));
        assertThat(changes.get(0).properties()).containsExactly(
                new ModelChange.PropertyChange("name", null, "Lead triages report", "Lead triages the report"));
    }

    @Test
    void item3_anAddedStepWithItsFlowsIsAddedAndARemovedStepIsRemoved() {
        String added = SMALL.replace("<sequenceFlow id=\"toDone\" sourceRef=\"check\" targetRef=\"done\"/>", """
                <sequenceFlow id="toSecond" sourceRef="check" targetRef="second"/>
                <userTask id="second" name="Head teacher agrees" flowable:candidateGroups="${headTeacherGroup}"/>
                <sequenceFlow id="toDone" sourceRef="second" targetRef="done"/>
                """);

        assertThat(ModelChanges.between(SMALL, added))
                .extracting(ModelChange::kind, ModelChange::elementId, ModelChange::elementType, ModelChange::name)
                .containsExactly(
                        tuple(ModelChange.Kind.ADDED, "toSecond", "sequenceFlow", null),
                        tuple(ModelChange.Kind.ADDED, "second", "userTask", "Head teacher agrees"),
                        tuple(ModelChange.Kind.CHANGED, "toDone", "sequenceFlow", null));
        assertThat(ModelChanges.between(added, SMALL))
                .extracting(ModelChange::kind, ModelChange::elementId)
                .containsExactly(
                        tuple(ModelChange.Kind.CHANGED, "toDone"),
                        tuple(ModelChange.Kind.REMOVED, "toSecond"),
                        tuple(ModelChange.Kind.REMOVED, "second"));
        assertThat(ModelChanges.between(SMALL, added).get(2).properties())
                .containsExactly(new ModelChange.PropertyChange("attribute", "sourceRef", "check", "second"));
    }

    @Test
    void item3_theTaskPropertiesSafeCaseReadsAreChangedPropertiesInTheirOwnTerms() {
        String changed = SMALL
                .replace("flowable:candidateGroups=\"${reviewGroup}\"", "flowable:candidateGroups=\"${headTeacherGroup}\"")
                .replace("school:${schoolId} P2D", "school:${schoolId} PT4H")
                .replace("name=\"Is it serious?\" type=\"boolean\" required=\"true\"/>", """
                        name="How serious is it?" type="enum" required="true">
                          <flowable:value id="LOW" name="Low"/><flowable:value id="HIGH" name="High"/>
                        </flowable:formProperty>
                        <flowable:formProperty id="note" name="Anything else" type="string"/>""");

        List<ModelChange> changes = ModelChanges.between(SMALL, changed);

        assertThat(changes).extracting(ModelChange::elementId).containsExactly("check");
        assertThat(changes.get(0).properties()).containsExactlyInAnyOrder(
                new ModelChange.PropertyChange("attribute", "flowable:candidateGroups", "${reviewGroup}", "${headTeacherGroup}"),
                new ModelChange.PropertyChange("attribute", "flowable:dueDate", "school:${schoolId} P2D", "school:${schoolId} PT4H"),
                new ModelChange.PropertyChange("formField", "serious", "Is it serious? (boolean, required)",
                        "How serious is it? (enum, required: LOW = Low, HIGH = High)"),
                new ModelChange.PropertyChange("formField", "note", "", "Anything else (string)"));
    }

    @Test
    void item3_movingABoxReformattingOrTheEditorsOwnReferencesAreNoChange() throws IOException {
        String moved = SMALL.replace("x=\"100\" y=\"80\"", "x=\"340\" y=\"220\"");
        String asTheEditorWritesIt = SMALL
                .replace("<endEvent id=\"done\" name=\"Done\"/>", "<endEvent id=\"done\" name=\"Done\">\n  <incoming>toDone</incoming>\n</endEvent>")
                .replace("<startEvent id=\"started\" name=\"Started\"/>", "<startEvent   name=\"Started\"  id=\"started\"><outgoing>toCheck</outgoing></startEvent>");

        assertThat(ModelChanges.between(SMALL, moved)).isEmpty();
        assertThat(ModelChanges.between(SMALL, asTheEditorWritesIt)).isEmpty();
        String staff = shipped("staffIncident.bpmn20.xml");
        assertThat(ModelChanges.between(staff, staff.replaceAll("\\s+cancelActivity=\"true\"", "")))
                .as("an attribute left out where it has its default value").isEmpty();
        assertThat(ModelChanges.between(staff, staff.replaceAll("cancelActivity=\"true\"", "cancelActivity=\"false\"")))
                .extracting(ModelChange::elementId).containsExactly("noSatisfactionAnswer");
    }

    @Test
    void item3_aChangedCellOfTheDecisionTableNamesItsRuleAndColumn() throws IOException {
        String table = shipped("referralDecision.dmn");
        String older = table.replace("<inputEntry id=\"r5i5\"><text>&lt;= 13</text></inputEntry>",
                "<inputEntry id=\"r5i5\"><text>&lt;= 14</text></inputEntry>");

        List<ModelChange> changes = ModelChanges.between(table, older);

        assertThat(changes).extracting(ModelChange::kind, ModelChange::elementId, ModelChange::elementType, ModelChange::name)
                .containsExactly(tuple(ModelChange.Kind.CHANGED, "childAged13OrUnder", "rule", "5"));
        assertThat(changes.get(0).properties()).containsExactly(
                new ModelChange.PropertyChange("inputEntry", "Age of the youngest child involved", "<= 13", "<= 14"));
    }

    @Test
    void item3_aFileThatIsNotAModelOrCarriesADoctypeIsRefused() {
        assertThatThrownBy(() -> ModelChanges.between(SMALL, "<definitions")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelChanges.between(SMALL, "")).isInstanceOf(IllegalArgumentException.class);
        String outsideEntity = """
                <?xml version="1.0"?>
                <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p" name="&secret;"/></definitions>
                """;
        assertThatThrownBy(() -> ModelChanges.between(SMALL, outsideEntity)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void item3_eachElementIsNamedByItsNameOrItsId() {
        assertThat(ModelChanges.names(SMALL)).containsEntry("check", "Lead checks the report").containsEntry("toDone", "toDone")
                .doesNotContainKey("check_di");
    }
}
