package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness (issue #12 item 3): the workflow engine is started and answers a query on its own
 * tables (its schema version in ACT_GE_PROPERTY). Without it no report can be made and no task
 * worked, so the instance is not ready.
 */
@Readiness
@ApplicationScoped
public class WorkflowHealth implements HealthCheck {
    @Inject
    WorkflowEngine workflowEngine;

    @Override
    public HealthCheckResponse call() {
        try {
            String version = workflowEngine.engine().getManagementService().getProperties().get("schema.version");
            return HealthCheckResponse.named("workflowEngine").up().withData("schemaVersion", String.valueOf(version)).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("workflowEngine").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
