package org.safecase.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;

/** The case record of {@code GET /api/cases/{ref}} as the tests read it. */
public final class CaseRecordJson {
    private CaseRecordJson() {
    }

    /** Every value of every record, as "kind: key=value" (values as the API gives them). */
    public static List<String> facts(JsonObject caseJson) {
        return caseJson.getJsonArray("record").getValuesAs(JsonObject.class).stream()
                .flatMap(r -> r.getJsonArray("facts").getValuesAs(JsonObject.class).stream()
                        .map(f -> r.getString("kind") + ": " + f.getString("key") + "=" + text(f.get("value")))).toList();
    }

    /** The kind of each record, oldest first. */
    public static List<String> kinds(JsonObject caseJson) {
        return caseJson.getJsonArray("record").getValuesAs(JsonObject.class).stream().map(r -> r.getString("kind")).toList();
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
