package org.safecase.oversight.subjectaccess;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.safecase.platform.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The export as a PDF (Apache PDFBox): the same content as the JSON, laid out on A4 pages with
 * headings; characters the standard font lacks become '?'.
 */
final class SubjectExportPdf {
    private static final float MARGIN = 50;
    private static final float FONT_SIZE = 10;
    private static final float LEADING = 14;

    private SubjectExportPdf() {
    }

    static byte[] render(SubjectExport export, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("subjectAccess.pdf.title", export.subject().displayName()));
        lines.add(messages.get("subjectAccess.pdf.made", export.request(), export.madeAt().withNano(0).toString()));
        lines.add("");
        SubjectExport.Person person = export.subject();
        lines.add(messages.get("subjectAccess.pdf.you"));
        lines.add("  " + messages.get("subjectAccess.pdf.username") + ": " + person.username());
        lines.add("  " + messages.get("subjectAccess.pdf.name") + ": " + person.displayName());
        lines.add("  " + messages.get("subjectAccess.pdf.email") + ": " + person.email());
        if (person.school() != null) {
            lines.add("  " + messages.get("subjectAccess.pdf.school") + ": " + person.school());
        }
        lines.add("  " + messages.get("subjectAccess.pdf.roles") + ": " + String.join(", ", person.roles()));
        lines.add("");
        lines.add(messages.get("subjectAccess.pdf.cases", export.cases().size()));
        for (SubjectExport.Case exported : export.cases()) {
            lines.add("");
            lines.add(messages.get("subjectAccess.pdf.case", exported.reference()));
            facts(lines, exported.facts(), "  ", messages);
            texts(lines, exported.text(), "  ");
            for (SubjectExport.Entry entry : exported.entries()) {
                lines.add("  " + entry.record() + " (" + (entry.recordedAt() == null ? "" : entry.recordedAt().withNano(0))
                        + (entry.recordedBy() == null ? "" : ", " + entry.recordedBy()) + ")");
                facts(lines, entry.fields(), "    ", null);
                texts(lines, entry.text(), "    ");
            }
            for (SubjectExport.EvidenceEntry item : exported.evidence()) {
                lines.add("  " + messages.get("subjectAccess.pdf.evidence") + ": " + (item.fileName() == null
                        ? messages.get("subjectAccess.pdf.webAddressItem") : item.fileName() + " (" + item.mediaType()
                        + ", " + item.sizeBytes() + " bytes)") + ", " + item.addedAt().withNano(0) + ", " + item.addedBy());
            }
        }
        if (!export.tasks().isEmpty()) {
            lines.add("");
            lines.add(messages.get("subjectAccess.pdf.tasks"));
            for (SubjectExport.Task task : export.tasks()) {
                lines.add("  " + task.caseReference() + ": " + task.name());
            }
        }
        return pdf(lines);
    }

    private static void facts(List<String> lines, Map<String, String> facts, String indent, Messages messages) {
        facts.forEach((key, value) -> lines.add(indent
                + (messages == null ? key : messages.find("subjectAccess.fact." + key).orElse(key)) + ": " + value));
    }

    private static void texts(List<String> lines, List<SubjectExport.Text> texts, String indent) {
        for (SubjectExport.Text text : texts) {
            lines.add(indent + text.label() + ":");
            for (String paragraph : text.text().split("\\R", -1)) {
                lines.add(indent + "  " + paragraph);
            }
        }
    }

    private static byte[] pdf(List<String> text) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        for (String paragraph : text) {
            lines.addAll(wrap(printable(font, paragraph), font, width));
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
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

    private static List<String> wrap(String paragraph, PDType1Font font, float width) {
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

    private static float widthOf(PDType1Font font, String text) {
        try {
            return font.getStringWidth(text) / 1000 * FONT_SIZE;
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
