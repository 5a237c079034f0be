package org.safecase.takedown;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.safecase.platform.Locales;
import org.safecase.platform.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The letter asking a known poster to remove material (R-ST-5): it explains why the material is
 * unacceptable and asks for it to be removed. The school may reword it; {school}, {date},
 * {address} and {poster} are filled in, in the language of the person printing it.
 */
public final class RemovalLetter {
    /** The wording a school starts from, in en-GB (each language's is the bundle's {@code letter.removal.default}). */
    public static final String DEFAULT_TEXT = defaultText(Locales.DEFAULT);
    static final int MAX_TEMPLATE = 10_000;
    private static final float MARGIN = 56;
    private static final float FONT_SIZE = 11;
    private static final float LEADING = 15;

    private RemovalLetter() {
    }

    public static String defaultText(Locale locale) {
        return Messages.text(locale, "letter.removal.default");
    }

    static String fill(String template, String school, LocalDate date, String address, String poster) {
        return fill(Locales.current(), template, school, date, address, poster);
    }

    static String fill(Locale locale, String template, String school, LocalDate date, String address, String poster) {
        Map<String, String> values = Map.of(
                "{school}", school,
                "{date}", date.format(DateTimeFormatter.ofPattern(Messages.text(locale, "format.letterDate"), locale)),
                "{address}", address == null || address.isBlank() ? Messages.text(locale, "letter.removal.noAddress")
                        : address.strip(),
                "{poster}", poster == null || poster.isBlank() ? Messages.text(locale, "letter.removal.noPoster")
                        : poster.strip());
        String text = template;
        for (var value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        return text;
    }

    /** Lays the text out on A4 pages, wrapping words; characters the standard font lacks become '?'. */
    static byte[] pdf(String text) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
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
