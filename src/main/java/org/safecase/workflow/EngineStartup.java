package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.safecase.platform.SchemaReady;

/**
 * Starts the workflow engine as soon as our schema is migrated, before any feature is told the
 * platform is ready: demo data and the notification dispatcher start processes and read tasks.
 */
@ApplicationScoped
class EngineStartup {
    @Inject
    WorkflowEngine workflowEngine;

    void start(@Observes SchemaReady ready) {
        workflowEngine.start();
    }
}
