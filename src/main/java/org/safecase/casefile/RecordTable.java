package org.safecase.casefile;

import java.util.List;

/**
 * One of the case record's tables, declared by the feature that owns it (see
 * {@link CaseRecordTables}): its name, one row per step or one per (sub)process instance that
 * several steps fill in, its typed columns, whether LA HR may see it (only the hand-off and its
 * outcome), and the statuses its rows imply. Every record table has the columns {@code id},
 * {@code incident_id}, {@code row_key} (unique), {@code recorded_by}, {@code recorded_at},
 * {@code updated_by} and {@code updated_at} besides its own (Flyway creates them).
 */
public record RecordTable(String name, List<RecordColumn> columns, boolean hrMaySee, List<StatusClue> clues) {
    public RecordTable {
        if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Not a table name: " + name);
        }
        columns = List.copyOf(columns);
        clues = List.copyOf(clues);
    }

    public static RecordTable of(String name, List<RecordColumn> columns, StatusClue... clues) {
        return new RecordTable(name, columns, false, List.of(clues));
    }

    public RecordTable seenByHr() {
        return new RecordTable(name, columns, true, clues);
    }

    public RecordColumn column(String column) {
        return columns.stream().filter(c -> c.column().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no column " + column));
    }

    /** The message key naming a record of this table in the case's chronology. */
    public String titleKey() {
        return "record." + name;
    }
}
