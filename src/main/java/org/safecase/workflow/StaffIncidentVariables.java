package org.safecase.workflow;

import java.util.Set;

/**
 * The variables of {@code staffIncident}: besides the ids and groups it starts with, only the
 * answers its gateways and closing step read. Every other answer goes to the case record, not
 * to the engine.
 */
public final class StaffIncidentVariables {
    public static final String MAY_BE_CRIMINAL = "mayBeCriminal";
    public static final String PERPETRATOR = "perpetrator";
    public static final String REMOVAL_NEEDED = "removalNeeded";
    public static final String POSTER_KNOWN = "posterKnown";
    public static final String MALICIOUS_CLAIM_BY_PUPIL = "maliciousClaimByPupil";
    public static final String SATISFIED = "satisfied";

    static final Set<String> KEPT_ANSWERS = Set.of(MAY_BE_CRIMINAL, PERPETRATOR, REMOVAL_NEEDED, POSTER_KNOWN,
            MALICIOUS_CLAIM_BY_PUPIL, SATISFIED);

    private StaffIncidentVariables() {
    }
}
