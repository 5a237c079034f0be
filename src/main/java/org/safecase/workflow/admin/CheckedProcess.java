package org.safecase.workflow.admin;

import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Process;

import java.util.List;

/** A process model being checked: its key, the engine's reading of it and every expression in its XML. */
record CheckedProcess(String key, Process process, List<ExpressionSite> expressions) {

    /** A flow element anywhere in the model (inside sub-processes too), or null. */
    FlowElement element(String id) {
        return id == null ? null : process.getFlowElement(id, true);
    }

    /** How a problem names an element to a person: its name when it has one, else its id. */
    String label(String id) {
        if (id != null && id.equals(process.getId())) {
            return blankToNull(process.getName()) != null ? process.getName() : id;
        }
        FlowElement element = element(id);
        return element != null && blankToNull(element.getName()) != null ? element.getName() : String.valueOf(id);
    }

    /** A problem about an element, its name and id first among the arguments. */
    ModelProblem problem(String messageKey, String elementId, String... more) {
        String[] arguments = new String[more.length + 2];
        arguments[0] = label(elementId);
        arguments[1] = String.valueOf(elementId);
        System.arraycopy(more, 0, arguments, 2, more.length);
        return ModelProblem.of(messageKey, elementId, arguments);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
