package org.safecase.workflow.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.safecase.identity.Caller;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.util.List;
import java.util.Map;

/**
 * Issue #14 item 3: what an LA admin's edited model changes against the version new cases use
 * now ({@link ModelChanges}), and the names of its elements, so the editor can say which step a
 * problem is about. Who may ask is decided by {@link ModelLibrary}, which hands out the deployed file.
 */
@ApplicationScoped
public class ModelComparison {
    @Inject
    ModelLibrary library;

    /** The changes from the deployed version to {@code xml}; refused in words when {@code xml} is not a readable model. */
    public List<ModelChange> againstDeployed(Caller caller, String key, String xml) {
        ModelFile deployed = library.latest(caller, key);
        try {
            return ModelChanges.between(deployed.xml(), xml);
        } catch (IllegalArgumentException e) {
            throw unreadable();
        }
    }

    /** Each element's name (its id where it has none) by id; none when the file cannot be read. */
    public Map<String, String> elementNames(String xml) {
        try {
            return ModelChanges.names(xml);
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException(List.of(new FieldProblem("file", "editor.problem.unreadable")));
    }
}
