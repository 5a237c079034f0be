package org.safecase.workflow.admin;

import java.io.Serializable;

/**
 * Which cases move where: the running cases of one version of a process model ({@code from}) to
 * another version of the same model ({@code to}), each with its engine definition.
 */
public record MigrationTarget(String key, String modelName, int fromVersion, String fromDefinitionId, int toVersion,
                              String toDefinitionId) implements Serializable {
}
