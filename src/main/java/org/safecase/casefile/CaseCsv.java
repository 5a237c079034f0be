package org.safecase.casefile;

import org.safecase.platform.Messages;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Lines of the case register's CSV export (RFC 4180: CRLF, fields with a comma, quote or line
 * break in double quotes, quotes doubled). A field that a spreadsheet would run as a formula
 * (starting {@code = + - @}, tab or carriage return) is written with a leading {@code '}, so
 * that opening an export never runs anything. Headings, kinds and statuses are in words, from
 * the resource bundle, as a person reading the export in a spreadsheet needs them.
 */
final class CaseCsv {
    private static final DateTimeFormatter REPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.UK);

    private CaseCsv() {
    }

    static String header(Messages words) {
        return field(words.get("case.reference.heading")) + ',' + field(words.get("case.category")) + ','
                + field(words.get("case.status")) + ',' + field(words.get("case.reportedAt")) + "\r\n";
    }

    static String line(CaseSummary row, Messages words) {
        return field(row.reference()) + ','
                + field(row.category() == null ? null : words.get("category." + row.category().name())) + ','
                + field(row.status() == null ? null : words.get("status." + row.status().name())) + ','
                + field(row.reportedAt() == null ? null : REPORTED_AT.format(row.reportedAt())) + "\r\n";
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static boolean startsLikeAFormula(String value) {
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
