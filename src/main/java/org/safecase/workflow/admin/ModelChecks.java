package org.safecase.workflow.admin;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.impl.util.io.BytesStreamSource;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;

import java.util.ArrayList;
import java.util.List;

/**
 * Issue #14 item 4: the checks a model passes before it is deployed, on the shipped models (a
 * test) as on an admin's. The engine's own validation first, then SafeCase's rules.
 */
@jakarta.enterprise.context.ApplicationScoped
public class ModelChecks {

    /** Every problem of a process model's file, or none. */
    public List<ModelProblem> checkProcess(String key, byte[] xml) {
        List<ModelProblem> problems = new ArrayList<>();
        BpmnModel model;
        try {
            model = new BpmnXMLConverter().convertToBpmnModel(new BytesStreamSource(xml), true, false, "UTF-8");
        } catch (RuntimeException e) {
            problems.add(ModelProblem.of("models.problem.unreadable", null, String.valueOf(e.getMessage())));
            return problems;
        }
        if (model.getProcessById(key) == null) {
            problems.add(ModelProblem.of("models.problem.wrongKey", null, key));
        }
        for (ValidationError error : new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)) {
            problems.add(ModelProblem.of("models.problem.engine", error.getActivityId(),
                    error.getDefaultDescription(), error.isWarning() ? "warning" : "error"));
        }
        return problems;
    }

    /** Every problem of a decision table's file, or none. */
    public List<ModelProblem> checkDecision(String key, byte[] xml) {
        List<ModelProblem> problems = new ArrayList<>();
        try {
            var definitions = new org.flowable.dmn.xml.converter.DmnXMLConverter()
                    .convertToDmnModel(new BytesStreamSource(xml), true, false, "UTF-8");
            if (definitions.getDecisionById(key) == null) {
                problems.add(ModelProblem.of("models.problem.wrongKey", null, key));
            }
        } catch (RuntimeException e) {
            problems.add(ModelProblem.of("models.problem.unreadable", null, String.valueOf(e.getMessage())));
        }
        return problems;
    }
}
