package org.safecase.workflow.admin;

import org.safecase.workflow.CaseVariables;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/**
 * Whom the process editor offers a step to (issue #14 item 3): the case variables that hold a
 * group ({@code CaseVariables.*_GROUP}: the case's reviewers, the school's head teacher, its
 * deputy DSLs, the LA's HR officers) and those that hold one person ({@code *_USER}: the
 * reporter). Read from {@link CaseVariables}, where the case's start sets them, so a new group
 * there is offered here, and the checks before deploy accept the same names.
 */
public final class TaskAudiences {
    private TaskAudiences() {
    }

    /** The variables naming a group a step can be offered to ({@code reviewGroup}...), in declaration order. */
    public static List<String> groups() {
        return variablesEndingWith("_GROUP");
    }

    /** The variables naming one person a step can be given to ({@code reporterUser}). */
    public static List<String> people() {
        return variablesEndingWith("_USER");
    }

    private static List<String> variablesEndingWith(String suffix) {
        return Arrays.stream(CaseVariables.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                        && field.getName().endsWith(suffix))
                .map(TaskAudiences::value)
                .toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
