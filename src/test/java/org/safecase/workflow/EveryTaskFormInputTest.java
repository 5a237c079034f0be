package org.safecase.workflow;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FormProperty;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.junit.jupiter.api.Test;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Item 6 of issue #10 over every field of every task form of every model in {@code bpmn/}: the
 * wrong JSON type for its kind, a text one character over its column, a date out of range, a
 * choice not offered and a non-number are each refused naming the field; the longest text, the
 * range's ends and every offered choice are taken. ({@code StrictInputIT} sends the same to real
 * forms on a real server.)
 */
class EveryTaskFormInputTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void item6_everyFieldOfEveryTaskFormRefusesWhatItMustAndTakesWhatItMay() throws IOException {
        List<FormField> fields = everyFormField();
        assertThat(fields).as("form fields in bpmn/").hasSizeGreaterThan(90);
        int refused = 0;
        for (FormField field : fields) {
            for (JsonValue wrong : wrongTypes(field.kind())) {
                assertNamed(field, () -> TaskAnswers.fromJson(List.of(field),
                        Json.createObjectBuilder().add(field.id(), wrong).build()));
                refused++;
            }
            for (String bad : badTexts(field)) {
                assertNamed(field, () -> TaskAnswers.check(List.of(field), Map.of(field.id(), bad), TODAY));
                refused++;
            }
            for (String good : goodTexts(field)) {
                assertThat(TaskAnswers.check(List.of(field), Map.of(field.id(), good), TODAY))
                        .as(field.id() + " takes " + abbreviated(good)).containsKey(field.id());
            }
        }
        assertThat(refused).as("refusals checked").isGreaterThan(300);
    }

    private static List<JsonValue> wrongTypes(FormField.Kind kind) {
        return switch (kind) {
            case YES_NO -> List.of(Json.createValue("true"), Json.createValue("yes"), Json.createValue(1));
            case NUMBER -> List.of(Json.createValue("12"), Json.createValue(1.5), JsonValue.TRUE);
            default -> List.of(Json.createValue(12), JsonValue.TRUE, JsonValue.EMPTY_JSON_OBJECT);
        };
    }

    private static List<String> badTexts(FormField field) {
        return switch (field.kind()) {
            case YES_NO -> List.of("yes", "1");
            case NUMBER -> List.of("1.5", "twelve", "1".repeat(19));
            case CHOICE -> List.of("NOT_A_CHOICE");
            case DATE -> List.of("1999-12-31", TODAY.plusYears(1).plusDays(1).toString(), "+99999-01-01", "24/11/2026");
            case TEXT -> List.of("t".repeat(TaskAnswers.maxText(field.id()) + 1));
        };
    }

    private static List<String> goodTexts(FormField field) {
        return switch (field.kind()) {
            case YES_NO -> List.of("true", "false");
            case NUMBER -> List.of("0", "12");
            case CHOICE -> List.copyOf(field.choices().keySet());
            case DATE -> List.of("2000-01-01", TODAY.toString(), TODAY.plusYears(1).toString());
            case TEXT -> List.of("t".repeat(TaskAnswers.maxText(field.id())));
        };
    }

    private static void assertNamed(FormField field, Runnable answer) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, answer::run);
        assertThat(e).as(field.id() + " (" + field.kind() + ") refused").isNotNull();
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(field.id());
    }

    private static List<FormField> everyFormField() throws IOException {
        List<FormField> fields = new ArrayList<>();
        try (var models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn20.xml")).sorted().toList()) {
                BpmnModel bpmn;
                try (InputStream in = Files.newInputStream(model)) {
                    bpmn = new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false);
                }
                bpmn.getMainProcess().findFlowElementsOfType(UserTask.class, true).forEach(task ->
                        task.getFormProperties().forEach(property -> fields.add(field(property))));
            }
        }
        return fields;
    }

    private static FormField field(FormProperty property) {
        Map<String, String> choices = new LinkedHashMap<>();
        property.getFormValues().forEach(value -> choices.put(value.getId(), value.getName()));
        return new FormField(property.getId(), property.getName(), FormField.Kind.ofFormType(property.getType()),
                property.isRequired(), choices, property.getDatePattern());
    }

    private static String abbreviated(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "... (" + text.length() + ")";
    }
}
