package org.safecase.workflow;

import org.junit.jupiter.api.Test;
import org.safecase.platform.Locales;
import org.safecase.platform.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #11 item 6: task names and form labels come from the bundle, keyed by process key and element id. */
class StepWordsTest {
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String FLOWABLE = "http://flowable.org/bpmn";

    /** Every user task's name and guidance, and every form field's label (and choice), in the models has its key, in the model's words. */
    @Test
    void issue11_item6_everyUserTaskAndFormFieldOfTheModelsHasItsKeyInTheBundle() throws Exception {
        List<String> missing = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        int checked = 0;
        File[] models = Objects.requireNonNull(new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn20.xml")));
        assertThat(models).hasSizeGreaterThanOrEqualTo(8);
        for (File model : models) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(model);
            Element process = (Element) doc.getElementsByTagNameNS(BPMN, "process").item(0);
            NodeList tasks = process.getElementsByTagNameNS(BPMN, "userTask");
            for (int i = 0; i < tasks.getLength(); i++) {
                Element task = (Element) tasks.item(i);
                String base = "task." + process.getAttribute("id") + "." + task.getAttribute("id");
                checked += expect(base + ".name", task.getAttribute("name"), missing, differing);
                NodeList documentation = task.getElementsByTagNameNS(BPMN, "documentation");
                if (documentation.getLength() > 0) {
                    checked += expect(base + ".guidance", documentation.item(0).getTextContent(), missing, differing);
                }
                NodeList fields = task.getElementsByTagNameNS(FLOWABLE, "formProperty");
                for (int j = 0; j < fields.getLength(); j++) {
                    Element field = (Element) fields.item(j);
                    checked += expect(base + "." + field.getAttribute("id"), field.getAttribute("name"), missing, differing);
                    NodeList values = field.getElementsByTagNameNS(FLOWABLE, "value");
                    for (int k = 0; k < values.getLength(); k++) {
                        Element value = (Element) values.item(k);
                        checked += expect(base + "." + field.getAttribute("id") + "." + value.getAttribute("id"),
                                value.getAttribute("name"), missing, differing);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(140);
        assertThat(missing).as("keys missing from messages.properties").isEmpty();
        assertThat(differing).as("en-GB wording differing from the model's").isEmpty();
    }

    private static int expect(String key, String modelWords, List<String> missing, List<String> differing) {
        var found = Messages.find(Locales.DEFAULT, key);
        if (found.isEmpty()) {
            missing.add(key);
        } else if (!modelWords.contains("${") && !found.get().equals(modelWords.strip().replaceAll("\\s+", " "))) {
            differing.add(key + " = " + found.get() + " (model: " + modelWords + ")");
        }
        return 1;
    }

    @Test
    void issue11_item6_aTaskAddedLaterInTheModellerShowsItsModelsOwnWords() {
        assertThat(StepWords.name("staffIncident", "addedByAnAdmin", "Governor reads the report"))
                .isEqualTo("Governor reads the report");
        FormField field = new FormField("note", "Anything to add?", FormField.Kind.CHOICE, false, Map.of("A", "Yes, a note"), null);
        assertThat(StepWords.field("staffIncident", "addedByAnAdmin", field)).isEqualTo(field);
        assertThat(StepWords.name(null, null, "Lead triages report")).isEqualTo("Lead triages report");
    }

    @Test
    void issue14_item3_aStepAnAdminRenamedShowsTheNewNameAsWritten() {
        assertThat(StepWords.name("staffIncident", "triageByLead", "Lead triages the report"))
                .isEqualTo("Lead triages the report");
        assertThat(StepWords.name("staffIncident", "triageByLead", StepWords.URGENT_MARKER + "Lead triages the report"))
                .isEqualTo(StepWords.URGENT_MARKER + "Lead triages the report");
        assertThat(StepWords.name("staffIncident", "triageByLead", "Lead triages report"))
                .as("the shipped name is worded from the bundle").isEqualTo("Lead triages report");
    }

    @Test
    void issue11_item6_namesTheEngineEvaluatedAreWordedFromTheBundle() {
        assertThat(StepWords.name("staffIncident", "triageByLead", "Lead triages report")).isEqualTo("Lead triages report");
        assertThat(StepWords.name("childProtectionIncident", "recordChildSafeguarding",
                "DSL records parents decision and risk assessment for child 2"))
                .isEqualTo("DSL records parents decision and risk assessment for child 2");
        assertThat(StepWords.name("childProtectionReferral", "recordPoliceReferral", "URGENT: DSL records the police referral"))
                .isEqualTo("URGENT: DSL records the police referral");
        assertThat(StepWords.processKeyOf("staffIncident:3:0d2c")).isEqualTo("staffIncident");
    }

    @Test
    void issue14_item6_aRenamedStepNumberedPerChildShowsTheAdminsWordsAndSpacesAloneAreNoRenaming() {
        assertThat(StepWords.name("childProtectionIncident", "recordChildSafeguarding", "DSL records the safeguarding of child 2"))
                .isEqualTo("DSL records the safeguarding of child 2");
        assertThat(StepWords.name("staffIncident", "triageByLead", "Lead  triages report")).as("spaces tidied, not renamed")
                .isEqualTo("Lead triages report");
    }
}
