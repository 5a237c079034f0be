package org.safecase.workflow;

import org.flowable.bpmn.model.FormProperty;
import org.flowable.bpmn.model.FormValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

/**
 * Turns what the engine holds for a form field (a typed variable, or the text kept in its
 * history by earlier versions) into a typed {@link StepAnswer}, and checked answers into the
 * values the engine expects. Dates are days in the server's zone, as Flowable's date form type
 * makes them.
 */
final class StepAnswers {
    private StepAnswers() {
    }

    static StepAnswer of(FormProperty property, Object value) {
        FormField.Kind kind = FormField.Kind.ofFormType(property.getType());
        Object typed = typed(kind, value);
        String choiceLabel = kind == FormField.Kind.CHOICE && typed != null ? property.getFormValues().stream()
                .filter(v -> v.getId().equals(typed)).map(FormValue::getName).findFirst().orElse(null) : null;
        return new StepAnswer(property.getId(), property.getName(), kind, typed, choiceLabel);
    }

    /** A value held by the engine (typed) or in its history (text) as the field's kind says. */
    static Object typed(FormField.Kind kind, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        return switch (kind) {
            case YES_NO -> value instanceof Boolean b ? b : Boolean.valueOf(value.toString().strip().toLowerCase(Locale.ROOT));
            case NUMBER -> value instanceof Number n ? Long.valueOf(n.longValue()) : Long.valueOf(value.toString().strip());
            case DATE -> value instanceof Date d ? LocalDate.ofInstant(d.toInstant(), ZoneId.systemDefault())
                    : value instanceof LocalDate l ? l : LocalDate.parse(value.toString().strip().substring(0, 10));
            case TEXT, CHOICE -> value.toString();
        };
    }

    /** A checked answer (text) as the engine's variable: dates as {@link Date}, like the date form type. */
    static Object variable(FormField.Kind kind, String checked) {
        Object typed = typed(kind, checked);
        return typed instanceof LocalDate day ? Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()) : typed;
    }
}
