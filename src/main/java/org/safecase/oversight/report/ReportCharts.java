package org.safecase.oversight.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * The page's charts as Chart.js configurations for PrimeFaces 15's {@code p:chart} (its
 * {@code value} is the chart's JSON; PrimeFaces draws it with its own script, which carries the
 * page's CSP nonce, so no script of ours is inline). The figures are read from the report's own
 * table, so a chart never shows more than the table beside it: a count shown as "&lt;5" or "*" is
 * left out of the chart (a gap, not a bar), and the table is the chart's text alternative.
 */
public final class ReportCharts {
    private static final String COLOUR = "#1d4f91";

    private ReportCharts() {
    }

    /** Staff cases reported each month (the table's total row). */
    public static String byMonth(ReportSheet sheet, String title) {
        ReportSheet.Section categories = sheet.section("categories");
        List<String> months = categories.headers().subList(1, categories.headers().size() - 1);
        List<String> totals = categories.row("TOTAL").cells();
        return bar(title, months, totals.subList(0, months.size()));
    }

    /** Staff cases of each category over the year (the table's total column). */
    public static String byCategory(ReportSheet sheet, String title) {
        ReportSheet.Section categories = sheet.section("categories");
        List<ReportSheet.Row> rows = categories.rows().subList(0, categories.rows().size() - 1);
        return bar(title, rows.stream().map(ReportSheet.Row::label).toList(),
                rows.stream().map(row -> row.cells().get(row.cells().size() - 1)).toList());
    }

    static String bar(String title, List<String> labels, List<String> cells) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (String cell : cells) {
            if (cell.chars().allMatch(Character::isDigit) && !cell.isEmpty()) {
                values.add(Long.parseLong(cell));
            } else {
                values.addNull();
            }
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", title).add("data", values)
                .add("backgroundColor", COLOUR);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", title)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
