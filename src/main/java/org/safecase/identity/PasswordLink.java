package org.safecase.identity;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A password link to be mailed (issue #13 item 3): to whom, in their language, the secret that
 * goes in the link's address, whether it welcomes a new user, and until when it works. Handed to
 * the mail only; never stored or logged.
 */
public record PasswordLink(String email, Locale language, String secret, boolean welcome, LocalDateTime expiresAt) {
    @Override
    public String toString() {
        return "PasswordLink[welcome=" + welcome + "]";
    }
}
