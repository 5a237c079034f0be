package org.safecase.identity;

import java.time.LocalDateTime;

/** A token just made: the only time its secret ({@code token}) is ever shown. */
public record IssuedToken(Long id, String token, String name, String username, LocalDateTime expiresAt,
                          boolean readOnly) {
}
