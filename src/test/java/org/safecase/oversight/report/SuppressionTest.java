package org.safecase.oversight.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.safecase.oversight.report.Suppression.Mark;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** R-X-4, issue #15 item 3: counts under 5 are "<5", and no hidden count can be worked out from a total. */
class SuppressionTest {

    private static String[][] shown(long[][] grid, boolean rowTotals, boolean columnTotals) {
        Mark[][] marks = Suppression.apply(grid, rowTotals, columnTotals);
        String[][] cells = new String[grid.length][];
        for (int r = 0; r < grid.length; r++) {
            cells[r] = new String[grid[r].length];
            for (int c = 0; c < grid[r].length; c++) {
                cells[r][c] = Suppression.text(grid[r][c], marks[r][c]);
            }
        }
        return cells;
    }

    @Test
    @DisplayName("rx4 item 3: primary suppression: every count under 5, zero included, is shown as <5")
    void rx4_item3_primaryCountsUnderFiveAreShownAsLessThanFive() {
        assertThat(shown(new long[][]{{0, 1, 4, 5, 12}}, false, false)[0]).containsExactly("<5", "<5", "<5", "5", "12");
        assertThat(Suppression.text(3, Suppression.single(3))).isEqualTo("<5");
        assertThat(Suppression.text(5, Suppression.single(5))).isEqualTo("5");
    }

    @Test
    @DisplayName("rx4 item 3: secondary suppression in a row: one small count and its total would give it away, so the next smallest is hidden")
    void rx4_item3_secondaryInARowHidesTheNextSmallestCount() {
        // 3 + 10 + 12 = 25: with only the 3 hidden, 25 - 10 - 12 would give it.
        assertThat(shown(new long[][]{{3, 10, 12, 25}}, true, false)[0]).containsExactly("<5", "*", "12", "25");
    }

    @Test
    @DisplayName("rx4 item 3: secondary suppression in a column against its total")
    void rx4_item3_secondaryInAColumn() {
        String[][] cells = shown(new long[][]{{2}, {8}, {9}, {19}}, false, true);
        assertThat(Arrays.stream(cells).map(row -> row[0])).containsExactly("<5", "*", "9", "19");
    }

    @Test
    @DisplayName("rx4 item 3: rows and columns together: hiding for a row makes a column need a second hidden count too")
    void rx4_item3_secondarySuppressionCascadesAcrossRowsAndColumns() {
        long[][] grid = {
                {2, 6, 8},
                {7, 9, 16},
                {9, 15, 24}};
        String[][] cells = shown(grid, true, true);
        assertThat(cells[0]).containsExactly("<5", "*", "8");
        assertThat(cells[1]).containsExactly("*", "*", "16");
        assertThat(cells[2]).containsExactly("9", "15", "24");
    }

    @Test
    @DisplayName("rx4 item 3: a small total hides its whole line, which needs nothing more")
    void rx4_item3_aSmallTotalHidesItsLine() {
        assertThat(shown(new long[][]{{1, 2, 3}}, true, false)[0]).containsExactly("<5", "<5", "<5");
    }

    @Test
    @DisplayName("rx4 item 3: the only count left to hide in a line is its total")
    void rx4_item3_theTotalIsHiddenWhenNoCountIsLeft() {
        // One count and its total: the count is small, so the total would give it away.
        assertThat(shown(new long[][]{{3, 7}}, true, false)[0]).containsExactly("<5", "*");
    }

    @Test
    @DisplayName("rx4 item 3: on any table, no line (row or column with its total) is left with exactly one hidden count")
    void rx4_item3_noLineEverHasExactlyOneHiddenCount() {
        Random random = new Random(15);
        for (int round = 0; round < 500; round++) {
            int rows = 1 + random.nextInt(7);
            int columns = 1 + random.nextInt(13);
            long[][] grid = new long[rows + 1][columns + 1];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    long value = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(40);
                    grid[r][c] = value;
                    grid[r][columns] += value;
                    grid[rows][c] += value;
                    grid[rows][columns] += value;
                }
            }
            Mark[][] marks = Suppression.apply(grid, true, true);
            for (int r = 0; r <= rows; r++) {
                int hidden = 0;
                for (int c = 0; c <= columns; c++) {
                    hidden += marks[r][c] == Mark.SHOWN ? 0 : 1;
                    assertThat(marks[r][c] == Mark.SMALL).as("small exactly when under 5").isEqualTo(grid[r][c] < 5);
                }
                assertThat(hidden).as("row %d of %s", r, Arrays.deepToString(grid)).isNotEqualTo(1);
            }
            for (int c = 0; c <= columns; c++) {
                int hidden = 0;
                for (int r = 0; r <= rows; r++) {
                    hidden += marks[r][c] == Mark.SHOWN ? 0 : 1;
                }
                assertThat(hidden).as("column %d of %s", c, Arrays.deepToString(grid)).isNotEqualTo(1);
            }
        }
    }
}
