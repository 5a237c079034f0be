package org.safecase.evidence;

import org.junit.jupiter.api.Test;
import org.safecase.platform.InvalidInputException;
import org.safecase.testing.UploadSamples;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #12 item 5: each upload check on real files built by {@link UploadSamples}. */
class UploadScreeningTest {
    private final UploadScreening screening = new UploadScreening();

    UploadScreeningTest() {
        screening.maxImagePixels = 40_000_000;
    }

    private byte[] screened(byte[] content) {
        EvidenceType type = EvidenceType.of(content).orElseThrow();
        return screening.screened(type, content, "file");
    }

    private void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> screened(content)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("file");
                            assertThat(p.key()).isEqualTo(key);
                        }));
    }

    @Test
    void issue12_item5_emailWithAnExecutableAttachmentIsRefused() {
        assertThat(EvidenceType.of(UploadSamples.emailWithProgram())).contains(EvidenceType.EMAIL);
        assertThat(new String(UploadSamples.emailWithProgram(), StandardCharsets.US_ASCII))
                .contains("application/x-msdownload").contains("invoice.exe");
        assertRefused(UploadSamples.emailWithProgram(), "problem.evidence.upload.emailProgram");
    }

    @Test
    void issue12_item5_programsAreFoundByTheirFirstBytesAndInsideForwardedMessages() {
        assertRefused(UploadSamples.emailWithDisguisedProgram(), "problem.evidence.upload.emailProgram");
        assertRefused(UploadSamples.emailWithScript(), "problem.evidence.upload.emailProgram");
        assertRefused(UploadSamples.emailForwardingProgram(), "problem.evidence.upload.emailProgram");
        assertThat(EmailScreening.isProgramName("Report.PDF.exe . ")).isTrue();
        assertThat(EmailScreening.isProgramName("report.pdf")).isFalse();
        assertThat(EmailScreening.startsLikeProgram(new byte[]{0x7F, 'E', 'L', 'F'})).isTrue();
        assertThat(EmailScreening.startsLikeProgram("%PDF".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void issue12_item5_emailWithAnHtmlPartIsRefusedAndAPlainOneKeptAsItIs() {
        assertRefused(UploadSamples.emailWithHtml(), "problem.evidence.upload.emailHtml");
        byte[] plain = UploadSamples.plainEmail();
        assertThat(screened(plain)).isEqualTo(plain);
    }

    @Test
    void issue12_item5_emailThatIsNotMimeIsRefused() {
        byte[] broken = ("From: a@example.org\nSubject: x\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nhello\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertRefused(broken, "problem.evidence.upload.emailUnreadable");
    }

    @Test
    void issue12_item5_pdfWithOpenActionPageActionOrEmbeddedFileIsRefused() {
        assertThat(new String(UploadSamples.pdfWithOpenAction(), StandardCharsets.ISO_8859_1)).contains("/OpenAction");
        assertRefused(UploadSamples.pdfWithOpenAction(), "problem.evidence.upload.pdfActive");
        assertRefused(UploadSamples.pdfWithPageAction(), "problem.evidence.upload.pdfActive");
        assertRefused(UploadSamples.pdfWithEmbeddedFile(), "problem.evidence.upload.pdfEmbedded");
        byte[] plain = UploadSamples.plainPdf();
        assertThat(screened(plain)).isEqualTo(plain);
        assertRefused("%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII), "problem.evidence.upload.pdfUnreadable");
    }

    @Test
    void issue12_item5_hugePngHeaderIsRefusedBeforeDecoding() {
        long before = System.nanoTime();
        assertRefused(UploadSamples.pngHeaderOnly(100_000, 100_000), "problem.evidence.upload.imageTooLarge");
        assertThat(System.nanoTime() - before).as("refused from the header, not by decoding 10^10 pixels")
                .isLessThan(2_000_000_000L);
        screening.maxImagePixels = 1_000;
        assertRefused(UploadSamples.png(40, 30), "problem.evidence.upload.imageTooLarge");
    }

    @Test
    void issue12_item5_jpegWithExifGpsIsKeptWithoutIt() throws IOException {
        byte[] original = UploadSamples.jpegWithGps();
        assertThat(UploadSamples.hasApp1Segment(original)).isTrue();
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("Exif");
        byte[] kept = screened(original);
        assertThat(UploadSamples.hasApp1Segment(kept)).isFalse();
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(48);
    }

    @Test
    void issue12_item5_pngAndGifAreReencodedAndStillPictures() throws IOException {
        for (byte[] original : new byte[][]{UploadSamples.png(20, 10), UploadSamples.gif(20, 10)}) {
            byte[] kept = screened(original);
            assertThat(EvidenceType.of(kept)).isEqualTo(EvidenceType.of(original));
            assertThat(ImageIO.read(new ByteArrayInputStream(kept)).getWidth()).isEqualTo(20);
        }
        assertRefused(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3},
                "problem.evidence.upload.imageUnreadable");
    }

    @Test
    void issue12_item5_webpIsMeasuredAndKeptWithoutItsExifChunk() {
        byte[] original = UploadSamples.webpWithExif(2, 3);
        byte[] kept = screened(original);
        String text = new String(kept, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("RIFF").contains("WEBPVP8X").contains("VP8L").doesNotContain("EXIF")
                .doesNotContain(UploadSamples.GPS_MARK);
        assertThat(kept[20] & 0x08).as("the VP8X flag saying EXIF follows is cleared").isZero();
        assertThat(java.nio.ByteBuffer.wrap(kept, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt())
                .isEqualTo(kept.length - 8);
        assertRefused(UploadSamples.webpWithExif(16_000, 16_000), "problem.evidence.upload.imageTooLarge");
    }

    @Test
    void issue12_item5_downloadNamesKeepTheirUtf8NameWithAnAsciiFallback() {
        assertThat(ContentDisposition.attachment("Zoë's \"screen\" 1.png")).isEqualTo(
                "attachment; filename=\"Zoe's _screen_ 1.png\"; filename*=UTF-8''Zo%C3%AB%27s%20%22screen%22%201.png");
        assertThat(ContentDisposition.attachment("сообщение.eml"))
                .startsWith("attachment; filename=\"_________.eml\"; filename*=UTF-8''%D1%81%D0%BE");
    }
}
