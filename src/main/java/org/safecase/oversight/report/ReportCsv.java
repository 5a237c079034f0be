package org.safecase.oversight.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@link ReportSheet} as CSV (RFC 4180: CRLF, fields with a comma, quote or line break in double
 * quotes): the title, then each table under its heading, then the notes; the same cells as the
 * page. A field a spreadsheet would run as a formula ({@code = + - @} followed by more) gets a
 * leading {@code '}; a lone "-" (a figure not shown) stays as it is.
 */
public final class ReportCsv {
    private ReportCsv() {
    }

    public static byte[] of(ReportSheet sheet) {
        StringBuilder out = new StringBuilder();
        line(out, List.of(sheet.title()));
        for (ReportSheet.Section section : sheet.sections()) {
            out.append("\r\n");
            line(out, List.of(section.heading()));
            line(out, section.headers());
            for (ReportSheet.Row row : section.rows()) {
                StringBuilder fields = new StringBuilder(field(row.label()));
                row.cells().forEach(cell -> fields.append(',').append(field(cell)));
                out.append(fields).append("\r\n");
            }
        }
        out.append("\r\n");
        sheet.notes().forEach(note -> line(out, List.of(note)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(String.join(",", fields.stream().map(ReportCsv::field).toList())).append("\r\n");
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = value.length() > 1 && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
