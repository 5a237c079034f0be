package org.safecase.platform;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StrictJsonBodiesTest {
    record Body(String text, Boolean flag, long count, JsonValue own) {
    }

    @Test
    void fieldsOfTheirTypeAndNullsPass_item6() {
        assertThatCode(() -> StrictJsonBodies.check(Body.class, json(
                "{\"text\":\"a\",\"flag\":false,\"count\":12,\"own\":\"yes\"}"))).doesNotThrowAnyException();
        assertThatCode(() -> StrictJsonBodies.check(Body.class, json("{\"text\":null,\"flag\":null}")))
                .doesNotThrowAnyException();
    }

    @Test
    void everyWronglyTypedOrUnknownFieldIsNamedAtOnce_item6() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> StrictJsonBodies.check(
                Body.class, json("{\"text\":12,\"flag\":\"true\",\"count\":1.5,\"flagg\":true}")));

        assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("text", "flag", "count", "flagg");
        assertThat(e.problems()).extracting(FieldProblem::message).contains("Give this as text, in quotes.",
                "Answer true or false (without quotes).", "Give a whole number (without quotes).",
                "This request has no field called flagg.");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused_item6() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> StrictJsonBodies.check(Body.class, json("[1,2]")));

        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("body");
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }
}
