package org.safecase.workflow.admin;

/** A definition the engine made from a deployment: its id, its deployment and its version number. */
record DeployedDefinition(String definitionId, String deploymentId, int version) {
}
