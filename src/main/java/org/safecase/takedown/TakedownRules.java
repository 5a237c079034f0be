package org.safecase.takedown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.flowable.task.service.delegate.DelegateTask;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.WebAddresses;

import java.util.List;

/** Rules checked as takedown steps complete (called from {@code providerTakedown.bpmn20.xml}). */
@Named("takedownRules")
@ApplicationScoped
public class TakedownRules {
    /** R-ST-6: before contacting the provider, where the material is must be recorded as a web address. */
    public void requireWebAddress(DelegateTask task) {
        Object url = task.getVariable("materialUrl");
        if (!(url instanceof String text) || !WebAddresses.isWebAddress(text)) {
            throw new InvalidInputException(List.of(new FieldProblem("materialUrl",
                    "problem.takedownRules.materialUrl")));
        }
    }

    /** R-ST-6: a request about material that is not illegal names the provider's term it breaks. */
    public void requireTermUnlessIllegal(DelegateTask task) {
        boolean illegal = Boolean.TRUE.equals(task.getVariable("materialIllegal"));
        Object term = task.getVariable("termBroken");
        if (!illegal && (!(term instanceof String text) || text.isBlank())) {
            throw new InvalidInputException(List.of(new FieldProblem("termBroken",
                    "problem.takedownRules.termBroken")));
        }
    }

}
