package org.safecase.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * SHA-256 in hex, for what is kept only as a hash (token secrets, names that failed to sign in),
 * and the random secrets themselves.
 */
final class Digests {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Digests() {
    }

    /** 256 random bits, base64url without padding (43 characters): token secrets, OIDC state, nonce and PKCE verifier. */
    static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
