package org.safecase.platform;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text in our PDFs (removal letters, subject-access exports, governors' reports): one Unicode font
 * embedded in each document, so that Welsh (â, ŵ, ŷ...) and the names people really have print as
 * written; only a character the font has no glyph for (an emoji, say) becomes '?'. The font is
 * Liberation Sans (SIL Open Font License), which Apache PDFBox ships in its jar; only the glyphs
 * used are embedded.
 */
public final class PdfText {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfText() {
    }

    /** The font, embedded (as a subset) in {@code document}. */
    public static PDFont font(PDDocument document) {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's font " + FONT + " is missing from its jar");
            }
            return PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as the font can show it: tabs and other control characters become spaces, characters it lacks '?'. */
    public static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String ch = Character.isISOControl(c) ? " " : new String(Character.toChars(c));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException notInFont) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** The width of printable text in points at {@code size}. */
    public static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Printable text wrapped at spaces into lines no wider than {@code width} (a longer word keeps a line of its own). */
    public static List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(font, text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
