package org.safecase.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

/** A token just made: the only time its secret ({@code token}) is ever shown. */
@Schema(name = "IssuedToken", description = "A token just made; token is its secret, shown this once")
public record IssuedToken(Long id, String token, String name, String username, LocalDateTime expiresAt,
                          boolean readOnly) {
}
