package org.safecase.oversight.report;

import java.io.Serializable;
import java.util.List;

/**
 * The figures of a report as every reader gets them, already suppressed and worded in one
 * language: the page shows these tables, and the CSV and PDF downloads write the same rows, so
 * that all three carry exactly the same figures (issue #15 item 3).
 *
 * @param title    what the report is of ("Riverside Primary School, school year 2025 to 2026")
 * @param sections its tables, in order
 * @param notes    how to read it (suppression, working days), printed under the tables
 */
public record ReportSheet(String title, List<Section> sections, List<String> notes) implements Serializable {

    /**
     * One table: an id for pages and tests, its heading, column headings and rows.
     */
    public record Section(String id, String heading, List<String> headers, List<Row> rows) implements Serializable {
        /** The row of that id (a category's name, {@code TOTAL}, ...), for charts and tests. */
        public Row row(String rowId) {
            return rows.stream().filter(row -> row.id().equals(rowId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No row " + rowId + " in " + id));
        }
    }

    /** A row's label and its cells as shown ("12", "&lt;5", "*", "-"). */
    public record Row(String id, String label, List<String> cells) implements Serializable {
    }

    public Section section(String id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No section " + id));
    }
}
