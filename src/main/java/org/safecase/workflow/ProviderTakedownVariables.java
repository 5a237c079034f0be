package org.safecase.workflow;

import java.util.Set;

/**
 * The variables of {@code providerTakedown}: the provider's decision and whether the material is
 * also elsewhere (its gateways).
 */
public final class ProviderTakedownVariables {
    public static final String TAKEDOWN_OUTCOME = "takedownOutcome";
    public static final String ALSO_ON_ANOTHER_SERVICE = "alsoOnAnotherService";

    static final Set<String> KEPT_ANSWERS = Set.of(TAKEDOWN_OUTCOME, ALSO_ON_ANOTHER_SERVICE);

    private ProviderTakedownVariables() {
    }
}
