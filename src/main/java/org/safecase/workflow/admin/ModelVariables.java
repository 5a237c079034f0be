package org.safecase.workflow.admin;

import org.safecase.workflow.CaseVariables;
import org.safecase.workflow.ChildProtectionIncidentVariables;
import org.safecase.workflow.PoliceReferralVariables;
import org.safecase.workflow.ProcessModels;
import org.safecase.workflow.ProviderTakedownVariables;
import org.safecase.workflow.RemovalRequestVariables;
import org.safecase.workflow.StaffIncidentVariables;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which process variables exist in each model, read from the typed variable classes (their
 * {@code public static final String} constants), so an expression naming anything else is
 * refused before deployment instead of failing in a running case. A called model that inherits
 * its caller's variables ({@code flowable:inheritVariables}) has the caller's classes too;
 * {@code providerTakedown} does not, because it also calls itself with only a few variables
 * passed in. A model SafeCase does not know (one an LA admin adds) has the case's variables only:
 * its own answers are added by {@link ExpressionCheck}, because SafeCase keeps every answer of
 * such a model as a variable.
 */
final class ModelVariables {
    private static final Map<String, List<Class<?>>> DECLARED_BY = Map.of(
            ProcessModels.STAFF_INCIDENT, List.of(CaseVariables.class, StaffIncidentVariables.class),
            "policeReferral", List.of(CaseVariables.class, StaffIncidentVariables.class, PoliceReferralVariables.class),
            "removalRequest", List.of(CaseVariables.class, StaffIncidentVariables.class, RemovalRequestVariables.class),
            "providerTakedown", List.of(CaseVariables.class, ProviderTakedownVariables.class),
            "schoolProcedure", List.of(CaseVariables.class, StaffIncidentVariables.class),
            "hrDisciplinaryHandOff", List.of(CaseVariables.class, StaffIncidentVariables.class),
            ProcessModels.CHILD_PROTECTION_REFERRAL, List.of(CaseVariables.class, ChildProtectionIncidentVariables.class),
            ProcessModels.CHILD_PROTECTION_INCIDENT, List.of(CaseVariables.class, ChildProtectionIncidentVariables.class));

    /** Variables holding a workflow group's name ({@code CaseVariables.*_GROUP}): what a step may be offered to. */
    static final Set<String> GROUPS = constants(CaseVariables.class, "_GROUP");
    /** Variables holding one person's workflow user id ({@code CaseVariables.*_USER}): whom a step may be assigned to. */
    static final Set<String> USERS = constants(CaseVariables.class, "_USER");

    private ModelVariables() {
    }

    /** Whether SafeCase ships this model and declares its variables. */
    static boolean known(String processKey) {
        return processKey != null && DECLARED_BY.containsKey(processKey);
    }

    /** The variables every instance of the model has, by the typed classes. */
    static Set<String> of(String processKey) {
        return DECLARED_BY.getOrDefault(processKey, List.of(CaseVariables.class)).stream()
                .flatMap(type -> constants(type, "").stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> constants(Class<?> type, String nameSuffix) {
        return Arrays.stream(type.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .filter(f -> f.getName().endsWith(nameSuffix))
                .map(ModelVariables::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Variable constant not readable: " + field, e);
        }
    }
}
