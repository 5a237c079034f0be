package org.safecase.workflow.admin;

import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FormProperty;
import org.flowable.bpmn.model.UserTask;
import org.safecase.workflow.FormField;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Check 5: every step, answer, record bean and rule that SafeCase requires of this model
 * ({@link RecordedSteps}) is still there, by element id and field id: the step exists, a step
 * with answers is still a step a person does, each stored answer is still asked with the same kind
 * (yes/no, date, number, choice, text), and the step still names each bean or rule it must call.
 */
final class RecordCheck implements ProcessCheck {

    @Override
    public List<ModelProblem> check(CheckedProcess model) {
        List<ModelProblem> problems = new ArrayList<>();
        for (RecordedSteps.Step required : RecordedSteps.of(model.key())) {
            FlowElement element = model.element(required.stepId());
            if (element == null) {
                problems.add(ModelProblem.of("models.problem.requiredStepMissing", required.stepId(), required.stepId(),
                        required.stepId()));
                continue;
            }
            if (!required.fields().isEmpty()) {
                if (!(element instanceof UserTask task)) {
                    problems.add(model.problem("models.problem.requiredStepNotATask", element.getId()));
                    continue;
                }
                fields(model, task, required.fields(), problems);
            }
            Set<String> used = used(model, element.getId());
            for (String use : required.uses()) {
                if (!used.contains(use)) {
                    problems.add(model.problem("models.problem.requiredRuleMissing", element.getId(), use));
                }
            }
        }
        return problems;
    }

    private static void fields(CheckedProcess model, UserTask task, Map<String, FormField.Kind> required,
                               List<ModelProblem> problems) {
        required.forEach((fieldId, kind) -> {
            Optional<FormProperty> field = task.getFormProperties().stream().filter(p -> fieldId.equals(p.getId())).findFirst();
            if (field.isEmpty()) {
                problems.add(model.problem("models.problem.requiredFieldMissing", task.getId(), fieldId));
            } else if (FormField.Kind.ofFormType(field.get().getType()) != kind) {
                problems.add(model.problem("models.problem.requiredFieldKind." + kind.name(), task.getId(), fieldId));
            }
        });
    }

    /** The beans ({@code name}) and rules ({@code name.method}) the element's expressions name. */
    private static Set<String> used(CheckedProcess model, String elementId) {
        Set<String> used = new HashSet<>();
        model.expressions().stream().filter(site -> elementId.equals(site.elementId()))
                .forEach(site -> ExpressionReading.of(site.text()).ifPresent(reading -> {
                    used.addAll(reading.names());
                    reading.calls().forEach(call -> used.add(call.target() + "." + call.method()));
                }));
        return used;
    }
}
