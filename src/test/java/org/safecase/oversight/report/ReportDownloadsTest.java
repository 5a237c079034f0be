package org.safecase.oversight.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** R-X-4, issue #15 item 3: the CSV and the PDF carry exactly the figures of the page's tables. */
class ReportDownloadsTest {
    private static ReportSheet sheet() {
        return ReportSheets.sheet("Riverside Primary School, school year 2025 to 2026",
                AnnualFigures.of(new SchoolYear(2025), AnnualFiguresTest.cases(), AnnualFiguresTest.attempts(),
                        school -> new org.safecase.calendar.SchoolCalendar(org.safecase.identity.Nation.ENGLAND,
                                java.util.List.of(), org.safecase.calendar.SchoolDay.DEFAULT)), Locale.UK);
    }

    @Test
    @DisplayName("rx4 item 3: every row of every table is a CSV line with the same cells")
    void rx4_item3_csvCarriesTheSameFigures() {
        ReportSheet sheet = sheet();
        String csv = new String(ReportCsv.of(sheet), StandardCharsets.UTF_8);
        for (ReportSheet.Section section : sheet.sections()) {
            for (ReportSheet.Row row : section.rows()) {
                String line = ReportCsv.field(row.label()) + "," + String.join(",", row.cells());
                assertThat(csv).contains(line + "\r\n");
            }
        }
        assertThat(csv).startsWith("\"Riverside Primary School, school year 2025 to 2026\"\r\n").contains(",-,").doesNotContain(",'-");
    }

    @Test
    @DisplayName("rx4 item 3: every row of every table is a line of the PDF's text with the same cells")
    void rx4_item3_pdfCarriesTheSameFigures() throws IOException {
        ReportSheet sheet = sheet();
        String text;
        try (var document = Loader.loadPDF(ReportPdf.of(sheet))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        }
        assertThat(text).contains(sheet.title());
        for (ReportSheet.Section section : sheet.sections()) {
            assertThat(text).contains(section.heading());
            for (ReportSheet.Row row : section.rows()) {
                assertThat(text.lines().map(String::strip)).as(section.id() + " " + row.id())
                        .contains(row.label() + " " + String.join(" ", row.cells()));
            }
        }
    }
}
