package org.safecase.workflow;

/**
 * Fired (synchronously) once the workflow engine runs, before anything else may start a case:
 * the models shipped with SafeCase are deployed then (workflow.admin.ShippedModels).
 */
public record EngineStarted() {
}
