package org.safecase.workflow;

import java.util.Set;

/**
 * The variables of {@code removalRequest}: the poster's answer, which decides whether a provider
 * takedown follows ({@code IGNORED} is set by the model when the deadline passes).
 */
public final class RemovalRequestVariables {
    public static final String REMOVAL_OUTCOME = "removalOutcome";

    static final Set<String> KEPT_ANSWERS = Set.of(REMOVAL_OUTCOME);

    private RemovalRequestVariables() {
    }
}
