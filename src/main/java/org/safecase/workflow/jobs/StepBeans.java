package org.safecase.workflow.jobs;

import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowableListener;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a step calls as beans: its delegate ({@code flowable:delegateExpression="${name}"},
 * or the object of {@code flowable:expression="${name.method(...)}"}) and its listeners'. A name
 * the engine could not resolve is a missing bean if it is one of these, else a missing variable.
 */
final class StepBeans {
    private static final Pattern LEADING_NAME = Pattern.compile("^\\$\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*[.}]");

    private StepBeans() {
    }

    static Set<String> namedBy(FlowElement element) {
        Set<String> names = new HashSet<>();
        if (element == null) {
            return names;
        }
        if (element instanceof ServiceTask service
                && (ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION.equals(service.getImplementationType())
                || ImplementationType.IMPLEMENTATION_TYPE_EXPRESSION.equals(service.getImplementationType()))) {
            add(names, service.getImplementation());
        }
        List<FlowableListener> listeners = new ArrayList<>(element.getExecutionListeners());
        if (element instanceof UserTask task) {
            listeners.addAll(task.getTaskListeners());
        }
        for (FlowableListener listener : listeners) {
            if (ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION.equals(listener.getImplementationType())) {
                add(names, listener.getImplementation());
            }
        }
        return names;
    }

    private static void add(Set<String> names, String expression) {
        Matcher name = expression == null ? null : LEADING_NAME.matcher(expression.strip());
        if (name != null && name.find()) {
            names.add(name.group(1));
        }
    }
}
