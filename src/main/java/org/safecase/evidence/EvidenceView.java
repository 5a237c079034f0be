package org.safecase.evidence;

import java.time.LocalDateTime;

/** A piece of evidence as lists show it: never its content. */
public record EvidenceView(Long id, String kind, String fileName, String mediaType, Long sizeBytes, String sha256,
                           String webAddress, LocalDateTime capturedAt, LocalDateTime addedAt) {
}
