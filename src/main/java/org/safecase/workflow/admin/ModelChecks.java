package org.safecase.workflow.admin;

import jakarta.enterprise.context.ApplicationScoped;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.flowable.common.engine.impl.util.io.BytesStreamSource;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Issue #14 item 4: the checks a model passes before it is deployed, on the shipped models (a
 * test) as on an admin's. A non-empty answer refuses the deployment; each problem is in words
 * ({@code models.problem.*}) and names the element it is about.
 * <p>
 * A process model ({@link #checkProcess}) is read by the engine (with the BPMN schema, no outside
 * entities) and must hold one process, whose id is the key. Then the engine's own validation:
 * its errors refuse; its warnings do not, and are not in the list (they are the engine's advice
 * on models that still run: {@link #engineWarnings} gives them, to show beside a deployment).
 * Then SafeCase's rules, each in its own class:
 * <ol>
 *   <li>{@link AudienceCheck}: every step a person does is offered to a group SafeCase knows;</li>
 *   <li>{@link DelegateCheck} and {@link ExpressionCheck}: code is only SafeCase's beans, and every
 *       expression reads only the model's variables and calls only what SafeCase allows;</li>
 *   <li>{@link CalendarCheck}: every timer and due date counts school working time;</li>
 *   <li>{@link ReferralGateCheck}: the child-protection model asks the referral table, and no case
 *       needing referral ends without both referrals;</li>
 *   <li>{@link RecordCheck}: the steps and answers SafeCase keeps in its records are all there.</li>
 * </ol>
 * A decision table ({@link #checkDecision}) is checked by {@link DecisionCheck}. Stateless: the
 * library injects it; tests make one with {@code new}.
 */
@ApplicationScoped
public class ModelChecks {
    private static final List<ProcessCheck> SAFECASE_RULES = List.of(new AudienceCheck(), new DelegateCheck(),
            new ExpressionCheck(), new CalendarCheck(), new ReferralGateCheck(), new RecordCheck());

    /** Every problem of a process model's file, or none. */
    public List<ModelProblem> checkProcess(String key, byte[] xml) {
        BpmnModel model;
        try {
            model = read(xml);
        } catch (RuntimeException e) {
            return List.of(ModelProblem.of("models.problem.unreadable", null, reason(e)));
        }
        LinkedHashSet<ModelProblem> problems = new LinkedHashSet<>();
        if (model.getProcesses().size() != 1) {
            problems.add(ModelProblem.of("models.problem.oneProcessPerFile", null, String.valueOf(model.getProcesses().size())));
        }
        Process process = model.getProcessById(key);
        if (process == null) {
            problems.add(ModelProblem.of("models.problem.wrongKey", null, key));
        }
        for (ValidationError error : new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)) {
            if (!error.isWarning()) {
                problems.add(engineProblem(process, error));
            }
        }
        if (process != null) {
            CheckedProcess checked;
            try {
                checked = new CheckedProcess(key, process, ModelExpressions.in(xml, id -> isElement(process, id)));
            } catch (IllegalArgumentException e) {
                problems.add(ModelProblem.of("models.problem.unreadable", null, reason(e)));
                return List.copyOf(problems);
            }
            SAFECASE_RULES.forEach(rule -> problems.addAll(rule.check(checked)));
        }
        return List.copyOf(problems);
    }

    /** Every problem of a decision table's file, or none. */
    public List<ModelProblem> checkDecision(String key, byte[] xml) {
        return List.copyOf(new LinkedHashSet<>(new DecisionCheck().check(key, xml)));
    }

    /** The engine's warnings on a process model that passes: advice to show, never a reason to refuse. */
    public List<ModelProblem> engineWarnings(String key, byte[] xml) {
        BpmnModel model;
        try {
            model = read(xml);
        } catch (RuntimeException e) {
            return List.of();
        }
        Process process = model.getProcessById(key);
        List<ModelProblem> warnings = new ArrayList<>();
        for (ValidationError error : new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)) {
            if (error.isWarning()) {
                warnings.add(engineProblem(process, error));
            }
        }
        return warnings;
    }

    private static BpmnModel read(byte[] xml) {
        return new BpmnXMLConverter().convertToBpmnModel(new BytesStreamSource(xml), true, true, "UTF-8");
    }

    /** What the XML reader said, without the chain of wrappers around it. */
    static String reason(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage() != null ? cause.getMessage() : thrown.getMessage());
    }

    private static ModelProblem engineProblem(Process process, ValidationError error) {
        String id = error.getActivityId();
        if (process == null || id == null || !isElement(process, id)) {
            return ModelProblem.of("models.problem.engineModel", id, error.getDefaultDescription());
        }
        CheckedProcess checked = new CheckedProcess(process.getId(), process, List.of());
        return checked.problem("models.problem.engineAt", id, error.getDefaultDescription());
    }

    private static boolean isElement(Process process, String id) {
        return id.equals(process.getId()) || process.getFlowElement(id, true) != null;
    }
}
