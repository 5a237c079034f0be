package org.safecase.workflow.admin;

import java.util.List;

/**
 * One element that differs between two versions of a model (issue #14 item 3): added, removed or
 * changed, with its kind ({@code userTask}, {@code rule}...), its name (or, for a rule, its
 * position) and, when changed, each property before and after.
 */
public record ModelChange(Kind kind, String elementId, String elementType, String name, List<PropertyChange> properties) {
    public enum Kind { ADDED, REMOVED, CHANGED }

    public ModelChange {
        properties = List.copyOf(properties);
    }

    /**
     * One property of an element before and after (empty text when it was not there). Which property
     * is {@code property} ({@code name}, {@code documentation}, {@code formField}, {@code inputEntry}...)
     * with an argument where one kind has many (the form field's id, the column's label, the attribute's name).
     */
    public record PropertyChange(String property, String argument, String before, String after) {
    }
}
