package org.safecase.platform;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Our PDFs (letters, subject-access exports, reports) print Welsh and people's names as written. */
class PdfTextTest {
    private static final String WELSH = "Ysgol Gynradd Llanfair: adroddiad blynyddol y llywodraethwyr, Siân ap Ŵyn, Dafydd Llŷr";

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("Welsh letters (ŵ, ŷ, â) and long lines come out of a plain PDF as written, wrapped at spaces")
    void welshLettersPrintAsWritten() throws IOException {
        String longLine = "gair ".repeat(60).strip();
        String text = textOf(new PlainPdf(50, 10, 14).of(List.of(WELSH, longLine)));
        assertThat(text).contains(WELSH).contains("gair gair").doesNotContain("?");
    }

    @Test
    @DisplayName("a character the font has no glyph for becomes '?', and tabs spaces, instead of failing the document")
    void glyphlessCharactersBecomeQuestionMarks() throws IOException {
        String text = textOf(new PlainPdf(50, 10, 14).of(List.of("Smile \uD83D\uDE00\tdone")));
        assertThat(text).contains("Smile ? done");
    }
}
