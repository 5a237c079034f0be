package org.safecase.intake;

import org.junit.jupiter.api.Test;
import org.safecase.platform.InvalidInputException;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportRequestTest {
    @Test
    void isoLocalTimeIsParsed() {
        ReportRequest request = new ReportRequest("OTHER", "d", "2026-11-20T16:45", null, null, null, null, "PUPIL", null, jakarta.json.JsonValue.TRUE, jakarta.json.JsonValue.FALSE, null);

        assertThat(request.toReport().occurredAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 16, 45));
        assertThat(request.toReport().immediateDanger()).isTrue();
        assertThat(request.toReport().perpetrator()).isEqualTo("PUPIL");
    }

    @Test
    void malformedTimeIsAFieldProblemNotAServerError() {
        ReportRequest request = new ReportRequest("OTHER", "d", "20/11/2026", null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(request::toReport).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("occurredAt")));
    }

    @Test
    void aYesNoAnswerThatIsNotJsonTrueOrFalseIsAFieldProblemNotReadAsNo() {
        for (jakarta.json.JsonValue notABoolean : java.util.List.<jakarta.json.JsonValue>of(
                jakarta.json.Json.createValue("yes"), jakarta.json.Json.createValue(1), jakarta.json.Json.createValue("true"))) {
            ReportRequest request = new ReportRequest("OTHER", "d", "2026-11-20T16:45", null, null, null, null, null, null,
                    notABoolean, null, null);
            assertThatThrownBy(request::toReport).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting("field")
                            .containsExactly("immediateDanger"));
        }
        ReportRequest silent = new ReportRequest("OTHER", "d", "2026-11-20T16:45", null, null, null, null, null, null,
                jakarta.json.JsonValue.NULL, null, null);
        assertThat(silent.toReport().immediateDanger()).isNull();
    }
}
