package org.safecase.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user task just completed (or, during the upgrade backfill, completed under an earlier
 * version), as the features that keep the case record need it: which model and step, the
 * (sub)process instance it ran in ({@code scopeId}, the key of records that several steps fill
 * in, such as one provider report), the case, who and when, and the answers given at this step
 * only. {@code childNumber} is set on steps repeated once per child. Service steps (the hand-off
 * to HR, the referral decision) come too, with no task and with the variables they left.
 */
public record CompletedStep(String processKey, String stepKey, String stepName, String taskId, String scopeId,
                            String caseReference, String workflowUser, Instant at, List<StepAnswer> answers,
                            Integer childNumber, Map<String, Object> facts) {
    public CompletedStep {
        answers = List.copyOf(answers);
        facts = facts == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(facts));
    }

    /** A service step (no one answers it): {@code facts} are the process variables it left. */
    public boolean isServiceStep() {
        return taskId == null;
    }

    /** The key of the record of this step: the task, or for a service step its scope and id. */
    public String stepRecordKey() {
        return taskId != null ? taskId : scopeId + "/" + stepKey;
    }

    public Object fact(String name) {
        return facts.get(name);
    }

    public boolean is(String process, String step) {
        return processKey.equals(process) && stepKey.equals(step);
    }

    public Optional<StepAnswer> answer(String key) {
        return answers.stream().filter(a -> a.key().equals(key) && a.value() != null).findFirst();
    }

    public String text(String key) {
        return answer(key).map(a -> (String) a.value()).orElse(null);
    }

    public Boolean flag(String key) {
        return answer(key).map(a -> (Boolean) a.value()).orElse(null);
    }

    public LocalDate date(String key) {
        return answer(key).map(a -> (LocalDate) a.value()).orElse(null);
    }

    public Long number(String key) {
        return answer(key).map(a -> (Long) a.value()).orElse(null);
    }

    /** The user id behind the workflow user ("user:42"), or null for the engine itself. */
    public Long userId() {
        return workflowUser != null && workflowUser.matches("user:\\d{1,18}")
                ? Long.valueOf(workflowUser.substring("user:".length())) : null;
    }
}
