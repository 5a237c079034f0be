package org.safecase.testing;

import java.util.Map;

/** Task-form answers the integration tests reuse. */
public final class Answers {
    /** Triage of a low-severity report that needs no response beyond support. */
    public static final Map<String, String> SIMPLE_TRIAGE = Map.of("severity", "LOW", "mayBeCriminal", "false",
            "perpetrator", "UNKNOWN", "removalNeeded", "false", "posterKnown", "false", "maliciousClaimByPupil", "false");

    private Answers() {
    }

    public static String json(Map<String, String> answers) {
        StringBuilder json = new StringBuilder("{");
        answers.forEach((key, value) -> json.append(json.length() > 1 ? "," : "")
                .append('"').append(key).append("\":\"").append(value).append('"'));
        return json.append('}').toString();
    }
}
