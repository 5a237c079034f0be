package org.safecase.testing;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.zip.CRC32;

/**
 * Real files for the upload checks (issue #12 item 5), built here rather than kept as opaque
 * binaries: each says what it carries.
 */
public final class UploadSamples {
    /** The latitude written into {@link #jpegWithGps()}: 51 degrees, 30 minutes north. */
    public static final String GPS_MARK = "GPS";
    private static final byte[] MZ_PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    private UploadSamples() {
    }

    // --- PDFs

    public static byte[] plainPdf() {
        return pdf(document -> { });
    }

    public static byte[] pdfWithOpenAction() {
        return pdf(document -> {
            PDActionJavaScript script = new PDActionJavaScript("app.alert('opened');");
            document.getDocumentCatalog().setOpenAction(script);
        });
    }

    /** JavaScript on a page's open event ({@code /AA}), nothing in the catalogue. */
    public static byte[] pdfWithPageAction() {
        return pdf(document -> {
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(new PDActionJavaScript("this.print();"));
            document.getPage(0).setActions(actions);
        });
    }

    public static byte[] pdfWithEmbeddedFile() {
        return pdf(document -> {
            try {
                PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(MZ_PROGRAM));
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile("tool.exe");
                spec.setEmbeddedFile(file);
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of("tool.exe", spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                document.getDocumentCatalog().setNames(names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private interface PdfChange {
        void apply(PDDocument document);
    }

    private static byte[] pdf(PdfChange change) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            change.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- E-mails

    public static byte[] plainEmail() {
        return email(text("Please see the messages my son received.", "text/plain; charset=UTF-8"));
    }

    /** A program attached as what it is: application/x-msdownload, invoice.exe. */
    public static byte[] emailWithProgram() {
        return email(text("Invoice attached.", "text/plain"), attachment(MZ_PROGRAM, "application/x-msdownload", "invoice.exe"));
    }

    /** A program that lies about itself: named photo.jpg, typed as an image, starting MZ. */
    public static byte[] emailWithDisguisedProgram() {
        return email(text("Photo attached.", "text/plain"), attachment(MZ_PROGRAM, "image/jpeg", "photo.jpg"));
    }

    /** A shell script typed as text, found by its {@code #!}. */
    public static byte[] emailWithScript() {
        return email(text("Notes.", "text/plain"),
                attachment("#!/bin/sh\nrm -rf ~\n".getBytes(StandardCharsets.US_ASCII), "text/plain", "notes.txt"));
    }

    public static byte[] emailWithHtml() {
        return email(text("Plain words.", "text/plain"), text("<p>Click <a href='https://x.example'>here</a></p>", "text/html"));
    }

    /** A forwarded message carrying the program: the check looks inside. */
    public static byte[] emailForwardingProgram() {
        try {
            MimeBodyPart forwarded = new MimeBodyPart();
            forwarded.setContent(new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(emailWithProgram())), "message/rfc822");
            return email(text("Forwarding what I was sent.", "text/plain"), forwarded);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeBodyPart text(String body, String type) {
        try {
            MimeBodyPart part = new MimeBodyPart();
            part.setContent(body, type);
            return part;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeBodyPart attachment(byte[] content, String type, String name) {
        try {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(content, type)));
            part.setFileName(name);
            part.setHeader("Content-Transfer-Encoding", "base64");
            return part;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] email(MimeBodyPart... parts) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom("parent@example.org");
            message.setRecipients(jakarta.mail.Message.RecipientType.TO, "lead@school.example");
            message.setSubject("What my son was sent");
            if (parts.length == 1 && parts[0].getContentType() != null && parts[0].isMimeType("text/plain")) {
                message.setContent(parts[0].getContent(), parts[0].getContentType());
            } else {
                message.setContent(new MimeMultipart(parts));
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- Pictures

    public static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    public static byte[] gif(int width, int height) {
        return image("gif", width, height);
    }

    /** Only a PNG's header, claiming {@code width} by {@code height} pixels: the check must refuse it without decoding. */
    public static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.writeBytes(chunk("IHDR", ihdr.array()));
        out.writeBytes(chunk("IDAT", new byte[]{0x78, (byte) 0x9C, 0x03, 0, 0, 0, 0, 1}));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
    }

    /**
     * A real JPEG carrying an EXIF block (APP1) whose GPS directory says where it was taken
     * (GPSLatitudeRef N, GPSLatitude 51/1 30/1 0/1), as phones write it.
     */
    public static byte[] jpegWithGps() {
        byte[] plain = image("jpg", 64, 48);
        ByteBuffer tiff = ByteBuffer.allocate(96);
        tiff.put(new byte[]{'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[]{'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
        tiff.putInt(0);
        tiff.putInt(51).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
        byte[] exif = new byte[6 + tiff.position()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.writeBytes(exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** Whether a JPEG has an APP1 (EXIF or XMP) segment before its image data. */
    public static boolean hasApp1Segment(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xE1) {
                return true;
            }
            if (marker == 0xDA) {
                return false;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return false;
    }

    /** A lossless WebP (VP8L, 2 by 3 pixels) inside an extended file (VP8X) that also carries an EXIF chunk. */
    public static byte[] webpWithExif(int width, int height) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteBuffer vp8x = ByteBuffer.allocate(10).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        vp8x.put((byte) 0x08).put(new byte[3]);
        vp8x.put((byte) ((width - 1) & 0xFF)).put((byte) (((width - 1) >> 8) & 0xFF)).put((byte) (((width - 1) >> 16) & 0xFF));
        vp8x.put((byte) ((height - 1) & 0xFF)).put((byte) (((height - 1) >> 8) & 0xFF)).put((byte) (((height - 1) >> 16) & 0xFF));
        body.writeBytes(riffChunk("VP8X", vp8x.array()));
        int bits = (width - 1 & 0x3FFF) | (height - 1 & 0x3FFF) << 14;
        body.writeBytes(riffChunk("VP8L", new byte[]{0x2F, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16),
                (byte) (bits >> 24), 0, 0, 0}));
        body.writeBytes(riffChunk("EXIF", ("MM\0*" + GPS_MARK + " 51N").getBytes(StandardCharsets.US_ASCII)));
        byte[] chunks = body.toByteArray();
        return ByteBuffer.allocate(12 + chunks.length).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + chunks.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunks).array();
    }

    private static byte[] riffChunk(String fourCc, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        return b.put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data).array();
    }

    private static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
