package org.safecase.oversight.report;

/**
 * Small-count suppression of a table of counts (R-X-4: aggregates only; no person may be picked
 * out of a small number). The rule, applied to the counts and to their totals alike:
 * <ol>
 * <li>Primary: every count under 5 (0 included) is shown as "&lt;5" ({@link Mark#SMALL}).</li>
 * <li>Secondary: a line is a row with its row total, or a column with its column total. While any
 * line has exactly one hidden entry (which its total, or its other entries, would give away), the
 * smallest still shown count of that line is hidden as well ({@link Mark#HIDDEN}, shown as "*");
 * the line's total only when no count of it is left. Repeated until every line has no hidden
 * entry or at least two.</li>
 * </ol>
 * A hidden count of 5 or more is never shown as "&lt;5" (that would be untrue), so a reader can
 * tell only that it is not small. What the rule does not attempt: equations across several lines
 * at once (the usual limit of line-by-line suppression, accepted by statistical offices for
 * tables of this size).
 */
public final class Suppression {
    /** Counts under this are never shown. */
    public static final long THRESHOLD = 5;

    /** How a count is shown. */
    public enum Mark {
        SHOWN,
        /** Under 5: "&lt;5". */
        SMALL,
        /** Hidden so that a small count cannot be worked out from a total: "*". */
        HIDDEN
    }

    private Suppression() {
    }

    /**
     * The marks of {@code grid}. When {@code rowTotals}, the last column of every row holds that
     * row's total; when {@code columnTotals}, the last row holds each column's total (the corner
     * being the grand total when both).
     */
    public static Mark[][] apply(long[][] grid, boolean rowTotals, boolean columnTotals) {
        int rows = grid.length;
        int columns = rows == 0 ? 0 : grid[0].length;
        Mark[][] marks = new Mark[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                marks[r][c] = grid[r][c] < THRESHOLD ? Mark.SMALL : Mark.SHOWN;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            if (rowTotals) {
                for (int r = 0; r < rows; r++) {
                    changed |= protect(grid, marks, r, -1, columns);
                }
            }
            if (columnTotals) {
                for (int c = 0; c < columns; c++) {
                    changed |= protect(grid, marks, -1, c, rows);
                }
            }
        }
        return marks;
    }

    /** A single count: shown, or under 5. */
    public static Mark single(long count) {
        return count < THRESHOLD ? Mark.SMALL : Mark.SHOWN;
    }

    /**
     * One line: row {@code row} (when {@code column} is -1) or column {@code column}, of
     * {@code length} entries, the last being its total. Hides one more entry if exactly one is hidden.
     */
    private static boolean protect(long[][] grid, Mark[][] marks, int row, int column, int length) {
        int hidden = 0;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            Mark mark = row >= 0 ? marks[row][i] : marks[i][column];
            if (mark != Mark.SHOWN) {
                hidden++;
            } else if (i < length - 1) {
                long value = row >= 0 ? grid[row][i] : grid[i][column];
                long best = smallest < 0 ? Long.MAX_VALUE : row >= 0 ? grid[row][smallest] : grid[smallest][column];
                if (value < best) {
                    smallest = i;
                }
            }
        }
        if (hidden != 1) {
            return false;
        }
        int chosen = smallest >= 0 ? smallest : length - 1;
        if (row >= 0) {
            marks[row][chosen] = Mark.HIDDEN;
        } else {
            marks[chosen][column] = Mark.HIDDEN;
        }
        return true;
    }

    /** The count as shown: the number, "&lt;5" or "*". */
    public static String text(long count, Mark mark) {
        return switch (mark) {
            case SHOWN -> Long.toString(count);
            case SMALL -> "<" + THRESHOLD;
            case HIDDEN -> "*";
        };
    }
}
