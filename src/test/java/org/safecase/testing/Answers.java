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

    /**
     * The answers as a client sends them when it does not ask the form first: "true" and "false"
     * as JSON booleans, everything else as strings (numbers typed need {@link Api#complete}).
     */
    public static String json(Map<String, String> answers) {
        return typed(answers, key -> null).toString();
    }

    /** The answers as JSON, each typed by the kind {@code kindOf} gives its field (YES_NO, NUMBER or other). */
    static jakarta.json.JsonObject typed(Map<String, String> answers, java.util.function.Function<String, String> kindOf) {
        jakarta.json.JsonObjectBuilder json = jakarta.json.Json.createObjectBuilder();
        answers.forEach((key, value) -> {
            String kind = kindOf.apply(key);
            boolean yesNo = "true".equals(value) || "false".equals(value);
            if (value == null) {
                json.addNull(key);
            } else if (yesNo && (kind == null || "YES_NO".equals(kind))) {
                json.add(key, Boolean.parseBoolean(value));
            } else if ("NUMBER".equals(kind) && value.matches("-?\\d{1,18}")) {
                json.add(key, Long.parseLong(value));
            } else {
                json.add(key, value);
            }
        });
        return json.build();
    }
}
