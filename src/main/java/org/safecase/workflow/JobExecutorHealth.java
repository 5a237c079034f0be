package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness (issue #12 item 3): Flowable's async executor is running. It fires every deadline
 * (triage due, no answer from the poster, the provider's 48 hours) and the escalations behind
 * them; an instance whose executor has stopped would let deadlines pass silently.
 */
@Readiness
@ApplicationScoped
public class JobExecutorHealth implements HealthCheck {
    @Inject
    WorkflowEngine workflowEngine;

    @Override
    public HealthCheckResponse call() {
        try {
            boolean active = workflowEngine.engine().getProcessEngineConfiguration().getAsyncExecutor().isActive();
            return HealthCheckResponse.named("jobExecutor").status(active).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("jobExecutor").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
