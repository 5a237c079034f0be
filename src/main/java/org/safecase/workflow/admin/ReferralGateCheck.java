package org.safecase.workflow.admin;

import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.safecase.workflow.ChildProtectionIncidentVariables;
import org.safecase.workflow.ProcessModels;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Check 4, R-SX-4 as a property of the graph, beside the check at closing
 * ({@code childProtectionRules.requireRecordComplete}):
 * <ul>
 *   <li>{@code childProtectionIncident} still asks the referral decision table: a service task
 *       whose delegate is {@code ${referralDecisionTable}}, the bean that asks the table and
 *       leaves its answer and version;</li>
 *   <li>it still branches on the table's answer: at least one sequence flow whose condition is true
 *       only when {@code referralRequired} is ("the referral gate");</li>
 *   <li>from each such flow, no end of the case can be reached ({@link CompletionWithout}) without
 *       completing a call of {@code childProtectionReferral}, except through a flow whose condition
 *       is only {@code referralInProgress} / {@code referralsRecorded} joined by and/or (the referral
 *       was already started with "Refer now", in the event sub-process that calls the same model);</li>
 *   <li>in {@code childProtectionReferral}, no end can be reached from its start without completing
 *       both {@value #POLICE_STEP} and {@value #SOCIAL_CARE_STEP}.</li>
 * </ul>
 * The gate flow is found by what its condition reads, not by its id or name, so the gateway can be
 * renamed or moved.
 */
final class ReferralGateCheck implements ProcessCheck {
    static final String POLICE_STEP = "recordPoliceReferral";
    static final String SOCIAL_CARE_STEP = "recordSocialCareReferral";
    private static final Pattern TABLE_DELEGATE = Pattern.compile("\\s*[$#]\\{\\s*referralDecisionTable\\s*}\\s*");
    private static final Set<String> ALREADY_REFERRED = Set.of(ChildProtectionIncidentVariables.REFERRAL_IN_PROGRESS,
            ChildProtectionIncidentVariables.REFERRALS_RECORDED);

    @Override
    public List<ModelProblem> check(CheckedProcess model) {
        if (ProcessModels.CHILD_PROTECTION_INCIDENT.equals(model.key())) {
            return incident(model);
        }
        if (ProcessModels.CHILD_PROTECTION_REFERRAL.equals(model.key())) {
            return referral(model);
        }
        return List.of();
    }

    private static List<ModelProblem> incident(CheckedProcess model) {
        List<ModelProblem> problems = new ArrayList<>();
        String processId = model.process().getId();
        boolean asksTable = model.process().findFlowElementsOfType(ServiceTask.class, true).stream()
                .anyMatch(task -> ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION.equals(task.getImplementationType())
                        && task.getImplementation() != null && TABLE_DELEGATE.matcher(task.getImplementation()).matches());
        if (!asksTable) {
            problems.add(model.problem("models.problem.referralTableNotCalled", processId));
        }
        List<SequenceFlow> gates = model.process().findFlowElementsOfType(SequenceFlow.class, true).stream()
                .filter(flow -> readsAsTrue(flow, ChildProtectionIncidentVariables.REFERRAL_REQUIRED)).toList();
        if (gates.isEmpty()) {
            problems.add(model.problem("models.problem.referralGateMissing", processId));
        }
        CompletionWithout walk = new CompletionWithout(model.process());
        Predicate<FlowElement> referral = element -> element instanceof CallActivity call
                && ProcessModels.CHILD_PROTECTION_REFERRAL.equals(call.getCalledElement());
        for (SequenceFlow gate : gates) {
            for (String end : walk.endsReachable(gate.getTargetRef(), referral, ReferralGateCheck::alreadyReferred)) {
                problems.add(model.problem("models.problem.referralSkipped", end, model.label(gate.getId()), gate.getId()));
            }
        }
        return problems;
    }

    private static List<ModelProblem> referral(CheckedProcess model) {
        List<ModelProblem> problems = new ArrayList<>();
        CompletionWithout walk = new CompletionWithout(model.process());
        for (String step : List.of(POLICE_STEP, SOCIAL_CARE_STEP)) {
            if (!(model.element(step) instanceof UserTask)) {
                continue; // a missing step is RecordCheck's problem
            }
            for (FlowElement element : model.process().getFlowElements()) {
                if (element instanceof StartEvent start && start.getEventDefinitions().isEmpty()) {
                    for (String end : walk.endsReachable(start.getId(), e -> e.getId().equals(step), flow -> false)) {
                        problems.add(model.problem("models.problem.referralStepSkipped", end, model.label(step), step));
                    }
                }
            }
        }
        return problems;
    }

    private static boolean readsAsTrue(SequenceFlow flow, String variable) {
        return flow.getConditionExpression() != null
                && ExpressionReading.of(flow.getConditionExpression()).map(r -> r.readsAsTrue(variable)).orElse(false);
    }

    private static boolean alreadyReferred(SequenceFlow flow) {
        return flow.getConditionExpression() != null
                && ExpressionReading.of(flow.getConditionExpression()).map(r -> r.isOnlyNames(ALREADY_REFERRED)).orElse(false);
    }
}
