package org.safecase.identity;

import java.time.LocalDateTime;

/** A token as listed: never its secret. {@code usable} is false once it has expired or been revoked. */
public record TokenEntry(Long id, String name, String username, boolean readOnly, LocalDateTime createdAt,
                         LocalDateTime expiresAt, LocalDateTime lastUsedAt, LocalDateTime revokedAt, boolean usable) {
}
