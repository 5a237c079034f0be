package org.safecase.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence, recognised by their first bytes: a renamed file is
 * what its content says it is. Anything else (programs, archives, video) is refused.
 */
public enum EvidenceType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    PDF("application/pdf", "pdf"),
    EMAIL("message/rfc822", "eml");

    private final String mediaType;
    private final String extension;

    EvidenceType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this == JPEG || this == PNG || this == GIF || this == WEBP;
    }

    public static Optional<EvidenceType> of(byte[] content) {
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsText(content, "GIF87a") || startsText(content, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (startsText(content, "RIFF") && content.length >= 12
                && "WEBP".equals(new String(content, 8, 4, StandardCharsets.US_ASCII))) {
            return Optional.of(WEBP);
        }
        if (startsText(content, "%PDF-")) {
            return Optional.of(PDF);
        }
        return isEmail(content) ? Optional.of(EMAIL) : Optional.empty();
    }

    /** An e-mail export: text whose first line is a mail header such as From:, Received: or Return-Path:. */
    private static boolean isEmail(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        if (head.chars().anyMatch(c -> c == 0)) {
            return false;
        }
        String first = head.lines().findFirst().orElse("");
        return Arrays.stream(new String[]{"From:", "From ", "Received:", "Return-Path:", "Delivered-To:",
                "MIME-Version:", "Message-ID:", "Date:", "Subject:", "To:"}).anyMatch(first::startsWith)
                && head.contains("\n") && (head.contains("\nFrom:") || first.startsWith("From:") || head.contains("\nSubject:"));
    }

    private static boolean starts(byte[] content, int... bytes) {
        if (content.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((content[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsText(byte[] content, String prefix) {
        return content.length >= prefix.length()
                && new String(content, 0, prefix.length(), StandardCharsets.US_ASCII).equals(prefix);
    }
}
