package org.safecase.workflow.admin;

import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FormProperty;
import org.flowable.bpmn.model.IOParameter;
import org.flowable.bpmn.model.UserTask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Check 2, expressions: every expression in the model (conditions, timers and due dates,
 * priorities, task names, loop counts, listeners, call-activity mappings...) reads only variables
 * that exist for the model ({@link ModelVariables}) and calls only what SafeCase allows:
 * <ul>
 *   <li>variables of the model's typed classes; variables the model sets itself
 *       ({@code execution.setVariable('name', ...)} with the name written out) and those a called
 *       model hands back ({@code flowable:out target}); a step's own answers inside that step;
 *       for a model SafeCase does not ship, every answer of its steps (SafeCase keeps them all);</li>
 *   <li>what the engine provides: {@code execution}, {@code task} in a task listener, and
 *       {@code nrOfInstances}, {@code nrOfActiveInstances}, {@code nrOfCompletedInstances} on a
 *       step repeated per item;</li>
 *   <li>calls: {@code getVariable}, {@code getVariableLocal}, {@code hasVariable}, {@code setVariable},
 *       {@code setVariableLocal} on {@code execution} or {@code task} with the variable's name
 *       written out, and the methods of SafeCase's rule beans ({@link WorkflowBeans}).</li>
 * </ul>
 * Anything else (reading a property, calling another method, a function) is refused: an
 * expression can reach any public method of the engine or of Java, and a model is not the place
 * for that. Candidate groups, assignees and delegate expressions are checked by
 * {@link AudienceCheck} and {@link DelegateCheck}.
 */
final class ExpressionCheck implements ProcessCheck {
    private static final Set<String> CHECKED_ELSEWHERE = Set.of("candidateGroups", "candidateUsers", "assignee",
            "delegateExpression");
    private static final Set<String> ENGINE = Set.of("execution");
    private static final Set<String> PER_ITEM = Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");
    private static final Set<String> READS = Set.of("getVariable", "getVariableLocal", "hasVariable");
    private static final Set<String> WRITES = Set.of("setVariable", "setVariableLocal");

    @Override
    public List<ModelProblem> check(CheckedProcess model) {
        List<ModelProblem> problems = new ArrayList<>();
        Set<String> variables = variables(model);
        for (ExpressionSite site : model.expressions()) {
            if (CHECKED_ELSEWHERE.contains(site.where())) {
                continue;
            }
            Optional<ExpressionReading> reading = ExpressionReading.of(site.text());
            if (reading.isEmpty()) {
                problems.add(model.problem("models.problem.expressionUnreadable", site.elementId(), site.text()));
                continue;
            }
            check(model, site, reading.get(), available(model, site, variables), problems);
        }
        for (CallActivity call : model.process().findFlowElementsOfType(CallActivity.class, true)) {
            for (IOParameter in : call.getInParameters()) {
                if (in.getSource() != null && !in.getSource().isBlank() && !variables.contains(in.getSource().strip())) {
                    problems.add(model.problem("models.problem.unknownVariable", call.getId(), in.getSource().strip()));
                }
            }
            if (ModelVariables.known(call.getCalledElement())) {
                for (IOParameter out : call.getOutParameters()) {
                    if (out.getSource() != null && !out.getSource().isBlank()
                            && !ModelVariables.of(call.getCalledElement()).contains(out.getSource().strip())) {
                        problems.add(model.problem("models.problem.unknownVariable", call.getId(), out.getSource().strip()));
                    }
                }
            }
        }
        return problems;
    }

    private static void check(CheckedProcess model, ExpressionSite site, ExpressionReading reading, Set<String> available,
                              List<ModelProblem> problems) {
        if (reading.refused()) {
            problems.add(model.problem("models.problem.expressionNotAllowed", site.elementId(), site.text()));
        }
        for (String name : reading.names()) {
            if (!available.contains(name) && !isRules(name)) {
                problems.add(WorkflowBeans.named(name).isPresent()
                        ? model.problem("models.problem.beanWrongUse", site.elementId(), name)
                        : model.problem("models.problem.unknownVariable", site.elementId(), name));
            }
        }
        for (ExpressionReading.Call call : reading.calls()) {
            if (isRules(call.target())) {
                if (!WorkflowBeans.named(call.target()).orElseThrow().methods().contains(call.method())) {
                    problems.add(model.problem("models.problem.unknownRule", site.elementId(),
                            call.target() + "." + call.method()));
                }
            } else if (!available.contains(call.target()) && WorkflowBeans.named(call.target()).isEmpty()) {
                problems.add(model.problem("models.problem.unknownVariable", site.elementId(), call.target()));
            } else if (!(ENGINE.contains(call.target()) || "task".equals(call.target()))
                    || !(READS.contains(call.method()) || WRITES.contains(call.method()))) {
                problems.add(model.problem("models.problem.expressionNotAllowed", site.elementId(), site.text()));
            } else if (call.firstText().isEmpty()) {
                problems.add(model.problem("models.problem.variableNameNotWritten", site.elementId(), site.text()));
            } else if (READS.contains(call.method()) && !available.contains(call.firstText().get())) {
                problems.add(model.problem("models.problem.unknownVariable", site.elementId(), call.firstText().get()));
            }
        }
    }

    private static boolean isRules(String name) {
        return WorkflowBeans.named(name).map(b -> b.use() == WorkflowBeans.Use.RULES).orElse(false);
    }

    /** What an expression at this site may read: the model's variables and what the engine offers there. */
    private static Set<String> available(CheckedProcess model, ExpressionSite site, Set<String> variables) {
        Set<String> available = new HashSet<>(variables);
        available.addAll(ENGINE);
        if (site.inTaskListener()) {
            available.add("task");
        }
        FlowElement element = model.element(site.elementId());
        if (element instanceof Activity activity && activity.getLoopCharacteristics() != null) {
            available.addAll(PER_ITEM);
        }
        if (element instanceof UserTask task) {
            task.getFormProperties().stream().map(FormProperty::getId).forEach(available::add);
        }
        return available;
    }

    /** The model's variables: its typed classes', those it sets itself, those handed back, and for a model of its own, its answers. */
    private static Set<String> variables(CheckedProcess model) {
        Set<String> variables = new HashSet<>(ModelVariables.of(model.key()));
        for (ExpressionSite site : model.expressions()) {
            ExpressionReading.of(site.text()).ifPresent(reading -> reading.calls().stream()
                    .filter(call -> (ENGINE.contains(call.target()) || "task".equals(call.target()))
                            && WRITES.contains(call.method()))
                    .forEach(call -> call.firstText().ifPresent(variables::add)));
        }
        for (CallActivity call : model.process().findFlowElementsOfType(CallActivity.class, true)) {
            call.getOutParameters().stream().map(IOParameter::getTarget)
                    .filter(t -> t != null && !t.isBlank()).map(String::strip).forEach(variables::add);
        }
        if (!ModelVariables.known(model.key())) {
            for (UserTask task : model.process().findFlowElementsOfType(UserTask.class, true)) {
                task.getFormProperties().stream().map(FormProperty::getId).forEach(variables::add);
            }
        }
        return variables;
    }
}
