package org.safecase.evidence;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;

/**
 * A picture is measured from its header before a pixel is decoded, refused above the pixel
 * limit (a small file can claim 100,000 by 100,000 pixels and take the server's memory), then
 * decoded and kept as freshly encoded pixels only: EXIF (with the GPS position of where a photo
 * was taken), XMP, comments and colour profiles are not carried over. JPEG, PNG and GIF go
 * through ImageIO; WebP, which this Java runtime cannot decode, is measured from its own header
 * and kept with only its image chunks (EXIF, XMP and ICC chunks dropped).
 */
final class ImageScreening {
    private static final float JPEG_QUALITY = 0.92f;
    private static final Set<String> WEBP_IMAGE_CHUNKS = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF");

    private ImageScreening() {
    }

    static byte[] screened(EvidenceType type, byte[] content, long maxPixels) {
        return type == EvidenceType.WEBP ? webp(content, maxPixels) : reencoded(type, content, maxPixels);
    }

    private static byte[] reencoded(EvidenceType type, byte[] content, long maxPixels) {
        BufferedImage image;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new RefusedFile("problem.evidence.upload.imageUnreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                requireWithin(reader.getWidth(0), reader.getHeight(0), maxPixels);
                if (type == EvidenceType.GIF && reader.getNumImages(true) > 1) {
                    throw new RefusedFile("problem.evidence.upload.imageAnimated");
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedFile refused) {
                throw refused;
            }
            throw new RefusedFile("problem.evidence.upload.imageUnreadable");
        }
        return encoded(type, image);
    }

    static void requireWithin(long width, long height, long maxPixels) {
        if (width <= 0 || height <= 0) {
            throw new RefusedFile("problem.evidence.upload.imageUnreadable");
        }
        if (width * height > maxPixels) {
            throw new RefusedFile("problem.evidence.upload.imageTooLarge", width, height, maxPixels / 1_000_000.0);
        }
    }

    private static byte[] encoded(EvidenceType type, BufferedImage decoded) {
        BufferedImage image = decoded;
        if (type == EvidenceType.JPEG && decoded.getColorModel().hasAlpha()) {
            image = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
            image.createGraphics().drawImage(decoded, 0, 0, null);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName(type.extension()).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (type == EvidenceType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException | RuntimeException e) {
            throw new RefusedFile("problem.evidence.upload.imageUnreadable");
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** RIFF chunks: the canvas size from VP8X, VP8 or VP8L, and only the chunks that draw the picture kept. */
    private static byte[] webp(byte[] content, long maxPixels) {
        ByteBuffer in = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        ByteArrayOutputStream kept = new ByteArrayOutputStream(content.length);
        long width = 0;
        long height = 0;
        int position = 12;
        try {
            while (position + 8 <= content.length) {
                String fourCc = new String(content, position, 4, StandardCharsets.US_ASCII);
                long size = Integer.toUnsignedLong(in.getInt(position + 4));
                int start = position + 8;
                if (start + size > content.length) {
                    throw new RefusedFile("problem.evidence.upload.imageUnreadable");
                }
                if (width == 0) {
                    long[] canvas = canvas(fourCc, content, start, (int) size);
                    width = canvas[0];
                    height = canvas[1];
                }
                if (WEBP_IMAGE_CHUNKS.contains(fourCc)) {
                    byte[] chunk = new byte[(int) (8 + size + (size & 1))];
                    System.arraycopy(content, position, chunk, 0, (int) Math.min(chunk.length, content.length - position));
                    if (fourCc.equals("VP8X")) {
                        chunk[8] &= (byte) ~(0x20 | 0x08 | 0x04);
                    }
                    kept.write(chunk);
                }
                position = (int) (start + size + (size & 1));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedFile refused) {
                throw refused;
            }
            throw new RefusedFile("problem.evidence.upload.imageUnreadable");
        }
        requireWithin(width, height, maxPixels);
        byte[] body = kept.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        return out.array();
    }

    private static long[] canvas(String fourCc, byte[] c, int start, int size) {
        switch (fourCc) {
            case "VP8X" -> {
                if (size >= 10) {
                    return new long[]{1 + u24(c, start + 4), 1 + u24(c, start + 7)};
                }
            }
            case "VP8 " -> {
                if (size >= 10 && (c[start + 3] & 0xFF) == 0x9D && (c[start + 4] & 0xFF) == 0x01
                        && (c[start + 5] & 0xFF) == 0x2A) {
                    return new long[]{u16(c, start + 6) & 0x3FFF, u16(c, start + 8) & 0x3FFF};
                }
            }
            case "VP8L" -> {
                if (size >= 5 && (c[start] & 0xFF) == 0x2F) {
                    long bits = Integer.toUnsignedLong((c[start + 1] & 0xFF) | (c[start + 2] & 0xFF) << 8
                            | (c[start + 3] & 0xFF) << 16 | (c[start + 4] & 0xFF) << 24);
                    return new long[]{1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)};
                }
            }
            default -> {
                return new long[]{0, 0};
            }
        }
        throw new RefusedFile("problem.evidence.upload.imageUnreadable");
    }

    private static long u24(byte[] c, int at) {
        return (c[at] & 0xFF) | (c[at + 1] & 0xFF) << 8 | (long) (c[at + 2] & 0xFF) << 16;
    }

    private static int u16(byte[] c, int at) {
        return (c[at] & 0xFF) | (c[at + 1] & 0xFF) << 8;
    }
}
