package org.safecase.platform;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text as a PDF (Apache PDFBox): paragraphs laid out on A4 pages in Helvetica, words wrapped;
 * characters the standard font lacks become '?'. Removal letters and subject-access exports use it.
 *
 * @param margin   page margin in points
 * @param fontSize font size in points
 * @param leading  line height in points
 */
public record PlainPdf(float margin, float fontSize, float leading) {

    /** The paragraphs (each may wrap onto several lines) as a PDF document. */
    public byte[] of(List<String> paragraphs) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float width = PDRectangle.A4.getWidth() - 2 * margin;
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.addAll(wrap(printable(font, paragraph), font, width));
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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

    private List<String> wrap(String paragraph, PDType1Font font, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && widthOf(font, candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private float widthOf(PDType1Font font, String text) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c == '\t' ? ' ' : c));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException notInFont) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
