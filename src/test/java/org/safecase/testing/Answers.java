package org.safecase.testing;

import java.util.Map;

/** Task-form answers the integration tests reuse. */
public final class Answers {
    /** Triage of a low-severity report that needs no response beyond support. */
    public static final Map<String, String> SIMPLE_TRIAGE = Map.of("severity", "LOW", "mayBeCriminal", "false",
            "perpetrator", "UNKNOWN", "removalNeeded", "false", "posterKnown", "false", "maliciousClaimByPupil", "false");

    private Answers() {
    }

    /**
     * A DSL's initial review of a child-protection incident (R-SX-3) in which no referral
     * condition holds and no device was searched; callers change what their case needs.
     */
    public static Map<String, String> childProtectionReview(int children, int youngestAge, String howWidelyShared) {
        Map<String, String> answers = new java.util.HashMap<>();
        answers.put("childrenInvolved", "" + children);
        answers.put("youngestAge", "" + youngestAge);
        answers.put("howWidelyShared", howWidelyShared);
        for (String noCondition : new String[]{"childVulnerable", "adultInvolved", "coercionOrExploitation",
                "unusualOrViolentContent", "sexualActsUnder13", "sharedWithoutConsent", "immediateRiskOfHarm",
                "deviceSearched"}) {
            answers.put(noCondition, "false");
        }
        return answers;
    }

    public static String json(Map<String, String> answers) {
        StringBuilder json = new StringBuilder("{");
        answers.forEach((key, value) -> json.append(json.length() > 1 ? "," : "")
                .append('"').append(key).append("\":\"").append(value).append('"'));
        return json.append('}').toString();
    }
}
