package org.safecase.oversight.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.safecase.platform.PdfText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ReportSheet} as a PDF (Apache PDFBox, as {@code takedown.RemovalLetter}): A4 landscape,
 * each table under its heading with its column headings, every cell exactly as on the page, then
 * the notes. Each row is one line of text (label, then its cells in order), so a reader or a test
 * extracting the text finds the same figures as on the page and in the CSV.
 */
public final class ReportPdf {
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float SIZE = 8;
    private static final float TITLE_SIZE = 13;
    private static final float HEADING_SIZE = 10;
    private static final float LEADING = 11;
    private static final float LABEL_WIDTH = 230;

    private final PDDocument document = new PDDocument();
    private final PDFont font = PdfText.font(document);
    private PDPageContentStream content;
    private float y;

    private ReportPdf() {
    }

    public static byte[] of(ReportSheet sheet) {
        ReportPdf pdf = new ReportPdf();
        try (PDDocument document = pdf.document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.write(sheet);
            pdf.content.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(ReportSheet sheet) throws IOException {
        newPage();
        text(true, TITLE_SIZE, MARGIN, sheet.title());
        y -= LEADING;
        for (ReportSheet.Section section : sheet.sections()) {
            room(LEADING * (section.rows().size() + 5));
            y -= LEADING / 2;
            text(true, HEADING_SIZE, MARGIN, section.heading());
            float cellWidth = (PAGE.getWidth() - 2 * MARGIN - LABEL_WIDTH) / Math.max(1, section.headers().size() - 1);
            List<List<String>> headers = new ArrayList<>();
            int headerLines = 1;
            for (int c = 0; c < section.headers().size(); c++) {
                List<String> wrapped = wrap(section.headers().get(c), c == 0 ? LABEL_WIDTH : cellWidth - 4);
                headers.add(wrapped);
                headerLines = Math.max(headerLines, wrapped.size());
            }
            for (int line = 0; line < headerLines; line++) {
                for (int c = 0; c < headers.size(); c++) {
                    if (line < headers.get(c).size()) {
                        show(true, SIZE, x(c, cellWidth), headers.get(c).get(line));
                    }
                }
                y -= LEADING;
            }
            for (ReportSheet.Row row : section.rows()) {
                room(LEADING);
                show(false, SIZE, MARGIN, row.label());
                for (int c = 0; c < row.cells().size(); c++) {
                    show(false, SIZE, x(c + 1, cellWidth), row.cells().get(c));
                }
                y -= LEADING;
            }
        }
        y -= LEADING;
        for (String note : sheet.notes()) {
            for (String line : wrap(note, PAGE.getWidth() - 2 * MARGIN)) {
                room(LEADING);
                text(false, SIZE, MARGIN, line);
            }
        }
    }

    private static float x(int column, float cellWidth) {
        return column == 0 ? MARGIN : MARGIN + LABEL_WIDTH + (column - 1) * cellWidth;
    }

    private void text(boolean strong, float size, float x, String text) throws IOException {
        room(LEADING);
        show(strong, size, x, text);
        y -= size > SIZE ? size + 4 : LEADING;
    }

    /** Shows one line; {@code strong} (titles, headings, column heads): drawn bold by outlining the glyphs too. */
    private void show(boolean strong, float size, float x, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setRenderingMode(strong ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        content.setLineWidth(size / 25);
        content.newLineAtOffset(x, y);
        content.showText(PdfText.printable(font, text));
        content.endText();
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private List<String> wrap(String text, float width) {
        return PdfText.wrap(font, SIZE, text, width);
    }
}
