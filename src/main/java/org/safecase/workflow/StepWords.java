package org.safecase.workflow;

import org.safecase.platform.Locales;
import org.safecase.platform.Messages;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Task names, guidance and form labels in the reader's language, keyed by process key and element
 * id: {@code task.<processKey>.<taskId>.name}, {@code .guidance}, {@code task.<processKey>.<taskId>.<fieldId>}
 * and {@code task.<processKey>.<taskId>.<fieldId>.<choiceId>}. A task without keys (one an admin
 * adds later in the modeller) shows its model's own words.
 */
final class StepWords {
    static final String URGENT_MARKER = "URGENT: ";
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,9}\\b");

    private StepWords() {
    }

    /** The process key in an engine process definition id ({@code key:version:id}), or null. */
    static String processKeyOf(String processDefinitionId) {
        if (processDefinitionId == null) {
            return null;
        }
        int colon = processDefinitionId.indexOf(':');
        return colon > 0 ? processDefinitionId.substring(0, colon) : null;
    }

    /**
     * A task's name. A model's name may be an expression, evaluated by the engine when the task
     * was created ({@code "... for child ${loopCounter + 1}"}, {@code "${urgentPolice ? 'URGENT: ' : ''}..."}):
     * the whole numbers in the evaluated name are the bundle pattern's arguments, and the engine's
     * urgent marker becomes {@code task.urgentName} around the bundle's name.
     */
    static String name(String processKey, String taskKey, String modelName) {
        if (processKey == null || taskKey == null || modelName == null) {
            return modelName;
        }
        Locale locale = Locales.current();
        String key = "task." + processKey + "." + taskKey + ".name";
        String pattern = Messages.find(locale, key).orElse(null);
        if (pattern == null) {
            return modelName;
        }
        boolean urgent = modelName.startsWith(URGENT_MARKER);
        Object[] numbers = NUMBER.matcher(modelName).results().map(m -> (Object) Long.valueOf(m.group())).toArray();
        if (renamed(key, urgent ? modelName.substring(URGENT_MARKER.length()) : modelName, numbers)) {
            return modelName;
        }
        String name = pattern.contains("{0") ? Messages.text(locale, key, numbers) : pattern;
        return urgent ? Messages.text(locale, "task.urgentName", name) : name;
    }

    /**
     * Issue #14 (items 3 and 6): a step an LA admin renamed in the editor keeps the admin's words,
     * in every language, on new cases and on cases moved to the new version. The bundle's en-GB
     * wording is the shipped model's name (StepWordsTest), so a name that differs from it
     * (numbers filled in, spaces tidied) is the admin's.
     */
    private static boolean renamed(String key, String modelName, Object[] numbers) {
        String shipped = Messages.find(Locales.DEFAULT, key).orElse(null);
        if (shipped == null) {
            return false;
        }
        String expected = shipped.contains("{0") ? Messages.text(Locales.DEFAULT, key, numbers) : shipped;
        return !expected.equals(modelName.strip().replaceAll("\\s+", " "));
    }

    static String guidance(String processKey, String taskKey, String modelText) {
        return word(processKey, taskKey, "guidance", modelText);
    }

    static FormField field(String processKey, String taskKey, FormField field) {
        Map<String, String> choices = new LinkedHashMap<>();
        field.choices().forEach((id, label) -> choices.put(id, word(processKey, taskKey, field.id() + "." + id, label)));
        return new FormField(field.id(), word(processKey, taskKey, field.id(), field.label()), field.kind(),
                field.required(), choices, field.datePattern());
    }

    private static String word(String processKey, String taskKey, String what, String model) {
        if (processKey == null || taskKey == null) {
            return model;
        }
        return Messages.find(Locales.current(), "task." + processKey + "." + taskKey + "." + what).orElse(model);
    }
}
