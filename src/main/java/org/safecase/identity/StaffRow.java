package org.safecase.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a staff CSV as typed, with its line number (1 = header) and the problems found in
 * it. The values are trimmed but not otherwise changed, so that the preview shows what the
 * administrator wrote; the problems are bundle keys ({@code import.problem.*}), none when the row
 * can be imported. {@link StaffCsv} finds the problems of form; the import adds those that need
 * the database (a school not found, an e-mail address already used) with {@link #withProblem}.
 */
record StaffRow(int line, String name, String email, String school, String roles, List<String> problemKeys) {
    StaffRow {
        problemKeys = List.copyOf(problemKeys);
    }

    boolean good() {
        return problemKeys.isEmpty();
    }

    /** This row with one more problem, after those it has. */
    StaffRow withProblem(String key) {
        List<String> keys = new ArrayList<>(problemKeys);
        keys.add(key);
        return new StaffRow(line, name, email, school, roles, keys);
    }
}
