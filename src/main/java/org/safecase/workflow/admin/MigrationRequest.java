package org.safecase.workflow.admin;

import java.util.List;

/** Item 6 over REST: the version to move the cases to and, optionally, which cases (references); all that can move when none are named. */
public record MigrationRequest(Integer to, List<String> cases) {
}
