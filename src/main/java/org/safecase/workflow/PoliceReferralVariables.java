package org.safecase.workflow;

import java.util.Set;

/** The variables of {@code policeReferral}: whether the police are involved (its gateway). */
public final class PoliceReferralVariables {
    public static final String POLICE_INVOLVED = "policeInvolved";

    static final Set<String> KEPT_ANSWERS = Set.of(POLICE_INVOLVED);

    private PoliceReferralVariables() {
    }
}
