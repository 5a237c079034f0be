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

    /** Issue #15 item 1: Flowable's tables are created or upgraded by the schema user, before the runtime user's grants. */
    void upgradeSchema(@Observes org.safecase.platform.SchemaUpgrade upgrade) {
        workflowEngine.upgradeSchema(upgrade.schema(), upgrade.separate());
    }

    void start(@Observes SchemaReady ready) {
        workflowEngine.start();
    }
}
