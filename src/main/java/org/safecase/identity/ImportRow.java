package org.safecase.identity;

import java.util.List;

/**
 * One row of a staff import as previewed (issue #13 item 3): the values as typed, with its line in
 * the file, and the problems that keep it out, in words; a row without problems is imported.
 */
public record ImportRow(int line, String name, String email, String school, String roles, List<String> problems) {
    public boolean good() {
        return problems.isEmpty();
    }
}
