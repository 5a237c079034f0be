package org.safecase.workflow.admin;

import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BusinessRuleTask;
import org.flowable.bpmn.model.EventListener;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowableListener;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.ScriptTask;
import org.flowable.bpmn.model.SendTask;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check 2, delegates: every piece of code a model runs is one of SafeCase's beans
 * ({@link WorkflowBeans}), named by a delegate expression {@code ${beanName}} and used for what it
 * is (a service task's bean is a Java delegate, a task listener's a task listener...). Refused
 * outright, because they would run code SafeCase does not have or reach outside it: Java classes
 * ({@code flowable:class}), scripts (script tasks, script listeners), business-rule tasks and
 * send tasks, and service tasks of a built-in kind ({@code flowable:type}: mail, http, shell, dmn,
 * external worker...). A service task's {@code flowable:expression} is read by {@link ExpressionCheck}.
 */
final class DelegateCheck implements ProcessCheck {
    private static final Pattern ONE_NAME = Pattern.compile("\\s*[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}\\s*");

    @Override
    public List<ModelProblem> check(CheckedProcess model) {
        List<ModelProblem> problems = new ArrayList<>();
        String processId = model.process().getId();
        model.process().getExecutionListeners()
                .forEach(l -> listener(model, processId, l, WorkflowBeans.Use.EXECUTION_LISTENER, problems));
        for (EventListener listener : model.process().getEventListeners()) {
            problems.add(model.problem("models.problem.eventListener", processId));
        }
        for (FlowElement element : model.process().findFlowElementsOfType(FlowElement.class, true)) {
            String id = element.getId();
            element.getExecutionListeners()
                    .forEach(l -> listener(model, id, l, WorkflowBeans.Use.EXECUTION_LISTENER, problems));
            if (element instanceof UserTask task) {
                task.getTaskListeners().forEach(l -> listener(model, id, l, WorkflowBeans.Use.TASK_LISTENER, problems));
            }
            if (element instanceof ScriptTask || element instanceof BusinessRuleTask) {
                problems.add(model.problem("models.problem.codeNotAllowed", id));
            } else if (element instanceof ServiceTask task) {
                task(model, task, task.getType(), task.getImplementationType(), task.getImplementation(), problems);
            } else if (element instanceof SendTask task) {
                // SafeCase sends its mail itself; the engine's send tasks (mail, web services...) are not used.
                problems.add(model.problem("models.problem.taskTypeNotAllowed", id,
                        task.getType() == null || task.getType().isBlank() ? "send" : task.getType()));
            }
        }
        return problems;
    }

    private static void task(CheckedProcess model, Activity task, String type, String implementationType,
                             String implementation, List<ModelProblem> problems) {
        if (type != null && !type.isBlank()) {
            problems.add(model.problem("models.problem.taskTypeNotAllowed", task.getId(), type));
        } else if (ImplementationType.IMPLEMENTATION_TYPE_CLASS.equals(implementationType)) {
            problems.add(model.problem("models.problem.codeNotAllowed", task.getId()));
        } else if (ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION.equals(implementationType)) {
            bean(model, task.getId(), implementation, WorkflowBeans.Use.SERVICE_TASK, problems);
        }
    }

    private static void listener(CheckedProcess model, String elementId, FlowableListener listener,
                                 WorkflowBeans.Use use, List<ModelProblem> problems) {
        String type = listener.getImplementationType();
        if (ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION.equals(type)) {
            bean(model, elementId, listener.getImplementation(), use, problems);
        } else if (type != null && !ImplementationType.IMPLEMENTATION_TYPE_EXPRESSION.equals(type)) {
            // A Java class or a script: code that is not one of SafeCase's beans. (None at all is the engine's error.)
            problems.add(model.problem("models.problem.codeNotAllowed", elementId));
        }
    }

    private static void bean(CheckedProcess model, String elementId, String expression, WorkflowBeans.Use use,
                             List<ModelProblem> problems) {
        Matcher name = ONE_NAME.matcher(expression == null ? "" : expression);
        if (!name.matches()) {
            problems.add(model.problem("models.problem.delegateNotABean", elementId, String.valueOf(expression)));
            return;
        }
        WorkflowBeans.named(name.group(1)).ifPresentOrElse(
                bean -> {
                    if (bean.use() != use) {
                        problems.add(model.problem("models.problem.beanWrongUse", elementId, bean.name()));
                    }
                },
                () -> problems.add(model.problem("models.problem.unknownBean", elementId, name.group(1))));
    }
}
