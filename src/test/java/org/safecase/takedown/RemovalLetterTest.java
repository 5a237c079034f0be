package org.safecase.takedown;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RemovalLetterTest {
    @Test
    void R_ST_5_letterExplainsWhyAndAsksForRemovalInTheSchoolsName() throws IOException {
        String text = RemovalLetter.fill(RemovalLetter.DEFAULT_TEXT, "Riverside Primary School",
                LocalDate.of(2026, 11, 24), "https://social.example/p/9", null);

        assertThat(text).startsWith("Riverside Primary School\n24 November 2026")
                .contains("Dear Sir or Madam").contains("https://social.example/p/9")
                .contains("unacceptable").contains("remove the material");

        byte[] pdf = RemovalLetter.pdf(text + "\nAccents é and an emoji \uD83D\uDE00 stay readable.");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String printed = new PDFTextStripper().getText(document);
            assertThat(printed).contains("Riverside Primary School").contains("https://social.example/p/9")
                    .contains("Accents é and an emoji ? stay readable.");
        }
    }

    @Test
    void aLongLetterRunsOntoMorePages() throws IOException {
        byte[] pdf = RemovalLetter.pdf("word ".repeat(5000));
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
    }
}
