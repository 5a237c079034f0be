package org.safecase.workflow;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TaskAnswersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final List<FormField> FIELDS = List.of(
            new FormField("childLabel", "Child", FormField.Kind.TEXT, false, Map.of(), null),
            new FormField("summary", "Summary", FormField.Kind.TEXT, false, Map.of(), null),
            new FormField("age", "Age", FormField.Kind.NUMBER, false, Map.of(), null),
            new FormField("urgent", "Urgent?", FormField.Kind.YES_NO, false, Map.of(), null),
            new FormField("referredOn", "Referred on", FormField.Kind.DATE, false, Map.of(), null));

    @Test
    void typedJsonAnswersBecomeTheFormsText_item6() {
        assertThat(TaskAnswers.fromJson(FIELDS, json("{\"age\":12,\"urgent\":true,\"summary\":\"12\",\"childLabel\":null}")))
                .containsEntry("age", "12").containsEntry("urgent", "true").containsEntry("summary", "12")
                .containsEntry("childLabel", null);
    }

    @Test
    void wronglyTypedJsonAnswersAreRefusedNamingTheField_item6() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TaskAnswers.fromJson(FIELDS,
                json("{\"age\":\"12\",\"urgent\":\"true\",\"summary\":12,\"referredOn\":20261203}")));

        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("age", "urgent", "summary", "referredOn");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> TaskAnswers.fromJson(FIELDS,
                json("{\"urgent\":1}"))).problems().get(0).message()).isEqualTo("Answer true or false (without quotes).");
    }

    @Test
    void aTextAnswerIsAtMostItsColumnsWidth_item6() {
        assertThat(TaskAnswers.check(FIELDS, Map.of("childLabel", "c".repeat(40), "summary", "s".repeat(500)), TODAY))
                .hasSize(2);
        assertThat(problem(Map.of("childLabel", "c".repeat(41)))).extracting(FieldProblem::field, FieldProblem::message).containsExactly("childLabel",
                "Keep this to 40 characters at most.");
        assertThat(problem(Map.of("summary", "s".repeat(501))).field()).isEqualTo("summary");
        assertThat(TaskAnswers.maxLength(FIELDS.get(2))).isEqualTo(19);
    }

    @Test
    void aDateIsFrom2000ToAYearAhead_item6() {
        assertThat(TaskAnswers.check(FIELDS, Map.of("referredOn", "2000-01-01"), TODAY)).containsKey("referredOn");
        assertThat(TaskAnswers.check(FIELDS, Map.of("referredOn", "2027-12-03"), TODAY)).containsKey("referredOn");
        String range = "Give a date from 2000-01-01 to 2027-12-03.";
        assertThat(problem(Map.of("referredOn", "1999-12-31")).message()).isEqualTo(range);
        assertThat(problem(Map.of("referredOn", "2027-12-04")).message()).isEqualTo(range);
        assertThat(problem(Map.of("referredOn", "+99999-01-01")).message()).isEqualTo("Give the date as 2026-11-24.");
    }

    private static FieldProblem problem(Map<String, String> answers) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> TaskAnswers.check(FIELDS, answers, TODAY));
        assertThat(e).as("refused").isNotNull();
        return e.problems().get(0);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
