package org.safecase.evidence;

import java.time.LocalDateTime;

/**
 * A piece of evidence as lists show it: never its content. {@code withheld}: the case became
 * child protection, so the file can no longer be opened, only destroyed ({@code destroyedAt}).
 */
public record EvidenceView(Long id, String kind, String fileName, String mediaType, Long sizeBytes, String sha256,
                           String webAddress, LocalDateTime capturedAt, LocalDateTime addedAt,
                           boolean withheld, LocalDateTime destroyedAt) {
}
