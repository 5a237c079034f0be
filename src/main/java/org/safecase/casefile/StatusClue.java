package org.safecase.casefile;

/**
 * What a record table says about where its case stands: the case has {@code status} (unless a
 * status earlier in {@link CaseStatus}'s order also holds) while the table has a row for it
 * matching {@code condition}, an SQL condition on the table's own columns written in code
 * (never from input), or any row when the condition is null.
 */
public record StatusClue(CaseStatus status, String condition) {
    public static StatusClue anyRow(CaseStatus status) {
        return new StatusClue(status, null);
    }

    public static StatusClue whileRow(CaseStatus status, String condition) {
        return new StatusClue(status, condition);
    }
}
