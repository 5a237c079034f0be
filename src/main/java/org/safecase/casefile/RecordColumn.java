package org.safecase.casefile;

/**
 * A typed column of a record table: its name, the message key of its label, and its kind, which
 * says how its value is stored and shown (a choice's value is shown from
 * {@code record.choice.<column>.<VALUE>}).
 */
public record RecordColumn(String column, Kind kind) {
    public enum Kind { TEXT, FLAG, DATE, NUMBER, CHOICE, MOMENT }

    public RecordColumn {
        if (!column.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Not a column name: " + column);
        }
    }

    public static RecordColumn text(String column) {
        return new RecordColumn(column, Kind.TEXT);
    }

    public static RecordColumn flag(String column) {
        return new RecordColumn(column, Kind.FLAG);
    }

    public static RecordColumn date(String column) {
        return new RecordColumn(column, Kind.DATE);
    }

    public static RecordColumn number(String column) {
        return new RecordColumn(column, Kind.NUMBER);
    }

    public static RecordColumn choice(String column) {
        return new RecordColumn(column, Kind.CHOICE);
    }

    public static RecordColumn moment(String column) {
        return new RecordColumn(column, Kind.MOMENT);
    }

    /** The message key of the column's label. */
    public String labelKey(String table) {
        return "record." + table + "." + column;
    }
}
