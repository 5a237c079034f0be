package org.safecase.workflow.admin;

import java.io.Serializable;
import java.util.List;

/**
 * Item 6: what moving the running cases of one version to another would do, one page at a time:
 * the model, both versions, the versions that could be chosen instead, how many cases run on the
 * version, where this page starts and one line per case on it.
 */
public record MigrationPreview(String model, String modelName, int fromVersion, int toVersion, List<Integer> otherVersions,
                               long runningCases, int first, List<CaseMigrationLine> cases) implements Serializable {
    public MigrationPreview {
        otherVersions = List.copyOf(otherVersions);
        cases = List.copyOf(cases);
    }
}
