package org.safecase.inbox;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.util.List;

/** Reads a reassignment's user ids strictly: JSON whole numbers only (null where allowed). */
final class Reassignment {
    private Reassignment() {
    }

    static Long userId(JsonObject body, String field, boolean required) {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new InvalidInputException(List.of(new FieldProblem(field, "problem.reassignment.userMissing")));
            }
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() > 0) {
            return number.longValue();
        }
        throw new InvalidInputException(List.of(new FieldProblem(field, "problem.reassignment.userNotNumber")));
    }
}
