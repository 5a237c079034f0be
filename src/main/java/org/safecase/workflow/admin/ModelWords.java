package org.safecase.workflow.admin;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.safecase.platform.Messages;

import java.util.List;
import java.util.Locale;

/**
 * The model editor's words (issue #14 item 3): the kinds of elements and properties that
 * {@link ModelChanges} reports, and the labels the editors' scripts show, all from the bundle
 * ({@code editor.element.*}, {@code editor.property.*}, {@code editor.script.*}). A kind the
 * bundle does not know yet (an element type SafeCase's models do not use) is shown as its BPMN
 * name split into words, so nothing is hidden.
 */
final class ModelWords {
    /** The keys under {@code editor.script.} that the scripts read (safecase-properties.js, modeler.js, decisions.js). */
    static final List<String> SCRIPT_KEYS = List.of("group", "who.hint", "deadline", "deadline.hint", "deadline.none",
            "deadline.days", "deadline.hours", "deadline.configured", "deadline.amount.days", "deadline.amount.hours",
            "deadline.amount.invalid", "timer", "timer.hint", "fields", "field.unnamed", "field.id", "field.id.hint",
            "field.id.invalid", "field.id.taken", "field.label", "field.kind", "field.kind.string", "field.kind.boolean",
            "field.kind.enum", "field.kind.date", "field.kind.long", "field.required", "field.choices", "field.choices.hint",
            "chooseStep", "shown", "canvas", "unreadable");

    private ModelWords() {
    }

    static String elementType(Messages messages, String type) {
        return messages.find("editor.element." + type).orElseGet(() -> split(type));
    }

    static String property(Messages messages, String property, String argument) {
        if ("attribute".equals(property)) {
            return messages.find("editor.property.attribute." + argument.replace(':', '.'))
                    .orElseGet(() -> messages.get("editor.property.attribute", argument));
        }
        return messages.find("editor.property." + property)
                .map(pattern -> argument == null ? pattern : messages.get("editor.property." + property, argument))
                .orElseGet(() -> messages.get("editor.property.other", argument == null ? split(property) : argument));
    }

    static JsonObject scriptWords(Messages messages) {
        JsonObjectBuilder words = Json.createObjectBuilder();
        SCRIPT_KEYS.forEach(key -> words.add(key, messages.get("editor.script." + key)));
        return words.build();
    }

    /** {@code intermediateCatchEvent} as "intermediate catch event". */
    private static String split(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
