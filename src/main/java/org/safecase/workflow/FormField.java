package org.safecase.workflow;

import java.util.Map;

/**
 * One field a task asks for, as declared in the process model: its id, the question in the
 * model's words, its kind, whether it must be answered, and the choices of a choice field.
 */
public record FormField(String id, String label, Kind kind, boolean required, Map<String, String> choices,
                        String datePattern) {
    public enum Kind {
        TEXT(String.class), YES_NO(Boolean.class), CHOICE(String.class), DATE(java.time.LocalDate.class),
        NUMBER(Long.class);

        private final Class<?> valueType;

        Kind(Class<?> valueType) {
            this.valueType = valueType;
        }

        /** The Java type an answer of this kind has once checked. */
        public Class<?> valueType() {
            return valueType;
        }

        /** The kind of a Flowable form property type ({@code boolean}, {@code enum}, ...). */
        public static Kind ofFormType(String type) {
            return switch (type == null ? "string" : type) {
                case "boolean" -> YES_NO;
                case "enum" -> CHOICE;
                case "date" -> DATE;
                case "long" -> NUMBER;
                default -> TEXT;
            };
        }
    }

    public FormField {
        choices = choices == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(choices));
    }

    public boolean isChoice() {
        return kind == Kind.CHOICE;
    }

    public boolean isYesNo() {
        return kind == Kind.YES_NO;
    }

    public boolean isDate() {
        return kind == Kind.DATE;
    }

    public boolean isText() {
        return kind == Kind.TEXT || kind == Kind.NUMBER;
    }
}
