package org.safecase.oversight.patterns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Turns a normalised identifier into its pattern key: HMAC-SHA256 under the key
 * {@code safecase.pattern.key} (Base64 of at least 32 random bytes, from the environment as
 * {@code SAFECASE_PATTERN_KEY}), which lives in the server's configuration only, never in the
 * database or in git. A plain hash of a phone number or a handle could be reversed by hashing every
 * candidate; without the key a copy of the database gives no way to test a guess. The kind is part
 * of what is keyed, so an account and a web address with the same text never match.
 * <p>
 * Without a key nothing is keyed (the patterns page says so in words) rather than keeping
 * reversible hashes.
 */
@ApplicationScoped
public class PatternKeying {
    static final int MIN_KEY_BYTES = 32;

    @Inject
    @ConfigProperty(name = "safecase.pattern.key")
    Optional<String> configuredKey;

    /** Whether a usable key is configured. */
    public boolean configured() {
        return key().isPresent();
    }

    /** The identifier's key in hex (64 characters), or empty without a configured key. */
    public Optional<String> keyOf(Identifier identifier) {
        return key().map(key -> hmac(key, identifier));
    }

    /** HMAC-SHA256 of {@code KIND:normalised} under {@code key}, in lower-case hex. */
    static String hmac(byte[] key, Identifier identifier) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] keyed = mac.doFinal((identifier.kind().name() + ":" + identifier.normalised())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(keyed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The configured key's bytes, when it is Base64 of at least {@value #MIN_KEY_BYTES} bytes. */
    static Optional<byte[]> decode(String configured) {
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        try {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            return key.length < MIN_KEY_BYTES ? Optional.empty() : Optional.of(key);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<byte[]> key() {
        return configuredKey == null ? Optional.empty() : configuredKey.flatMap(PatternKeying::decode);
    }
}
