package org.safecase.platform;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text as a PDF (Apache PDFBox): paragraphs laid out on A4 pages in {@link PdfText}'s Unicode
 * font, words wrapped. Removal letters and subject-access exports use it.
 *
 * @param margin   page margin in points
 * @param fontSize font size in points
 * @param leading  line height in points
 */
public record PlainPdf(float margin, float fontSize, float leading) {

    /** The paragraphs (each may wrap onto several lines) as a PDF document. */
    public byte[] of(List<String> paragraphs) {
        float width = PDRectangle.A4.getWidth() - 2 * margin;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = PdfText.font(document);
            List<String> lines = new ArrayList<>();
            for (String paragraph : paragraphs) {
                lines.addAll(PdfText.wrap(font, fontSize, paragraph, width));
            }
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * margin) / leading);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, fontSize);
                    content.setLeading(leading);
                    content.newLineAtOffset(margin, PDRectangle.A4.getHeight() - margin);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
