package org.safecase.workflow.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a model file (issue #14 item 3, "what changed against the
 * deployed version"): the elements added, removed and changed, and for each changed one the
 * properties that differ. Moving a box on the diagram is no change; see {@link ModelElements} for
 * what an element and a property are. Pure: two texts in, a list out.
 */
public final class ModelChanges {
    private ModelChanges() {
    }

    /**
     * The changes from {@code before} to {@code after}, in the order of {@code after} with the
     * removed elements last (in the order of {@code before}).
     *
     * @throws IllegalArgumentException when either file is not readable XML
     */
    public static List<ModelChange> between(String before, String after) {
        Map<String, ModelElements.Item> old = ModelElements.of(before);
        Map<String, ModelElements.Item> now = ModelElements.of(after);
        List<ModelChange> changes = new ArrayList<>();
        for (ModelElements.Item item : now.values()) {
            ModelElements.Item earlier = old.get(item.id());
            if (earlier == null) {
                changes.add(new ModelChange(ModelChange.Kind.ADDED, item.id(), item.type(), item.name(), List.of()));
                continue;
            }
            List<ModelChange.PropertyChange> differences = differences(earlier, item);
            if (!differences.isEmpty()) {
                changes.add(new ModelChange(ModelChange.Kind.CHANGED, item.id(), item.type(), item.name(), differences));
            }
        }
        for (ModelElements.Item item : old.values()) {
            if (!now.containsKey(item.id())) {
                changes.add(new ModelChange(ModelChange.Kind.REMOVED, item.id(), item.type(), item.name(), List.of()));
            }
        }
        return changes;
    }

    private static List<ModelChange.PropertyChange> differences(ModelElements.Item before, ModelElements.Item after) {
        List<ModelChange.PropertyChange> differences = new ArrayList<>();
        if (!before.type().equals(after.type())) {
            differences.add(new ModelChange.PropertyChange("type", null, before.type(), after.type()));
        }
        Set<ModelElements.Property> properties = new LinkedHashSet<>(before.properties().keySet());
        properties.addAll(after.properties().keySet());
        for (ModelElements.Property property : properties) {
            String was = before.properties().getOrDefault(property, "");
            String is = after.properties().getOrDefault(property, "");
            if (!Objects.equals(was, is)) {
                differences.add(new ModelChange.PropertyChange(property.property(), property.argument(), was, is));
            }
        }
        return differences;
    }

    /** The name of each element of a file by id (its id where it has none), for naming a problem's element. */
    public static Map<String, String> names(String xml) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        ModelElements.of(xml).values().forEach(item -> names.put(item.id(), item.name() == null ? item.id() : item.name()));
        return names;
    }
}
