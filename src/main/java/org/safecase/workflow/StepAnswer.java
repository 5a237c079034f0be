package org.safecase.workflow;

import java.time.LocalDate;

/**
 * One answer given at a step: the field's key and question as the model declared them, its kind,
 * and the value, typed by kind ({@link String} for text and choices, {@link Boolean},
 * {@link Long}, {@link LocalDate}); {@code choiceLabel} is the model's words for a choice.
 */
public record StepAnswer(String key, String label, FormField.Kind kind, Object value, String choiceLabel) {
    public StepAnswer {
        if (value != null && !kind.valueType().isInstance(value)) {
            throw new IllegalArgumentException("Answer " + key + " is " + value.getClass().getSimpleName()
                    + ", not " + kind.valueType().getSimpleName());
        }
    }
}
