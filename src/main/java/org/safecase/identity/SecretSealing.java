package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.safecase.platform.NotAllowedException;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * What protects a TOTP secret at rest (issue #13 item 2): it is sealed with AES-256-GCM under the
 * key {@code safecase.second-factor.key} (Base64 of 32 random bytes, from the environment as
 * {@code SAFECASE_SECOND_FACTOR_KEY}), which lives in the server's configuration only, never in
 * the database or in git. A copy of the database or of a backup therefore holds no usable secret,
 * and the user's id is bound in as associated data, so a sealed secret moved to another user's row
 * does not open. Secrets are never logged, audited or put in an exception text.
 * <p>
 * Without a key no one can enrol: the refusal says so in words, rather than keeping secrets in
 * the clear.
 */
@ApplicationScoped
public class SecretSealing {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();

    @Inject
    @ConfigProperty(name = "safecase.second-factor.key")
    Optional<String> configuredKey;

    /** Base64 of a fresh nonce followed by the ciphertext and tag. */
    public String seal(long userId, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, userId, nonce, secret);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce).put(sealed).array());
    }

    public byte[] open(long userId, String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] rest = new byte[buffer.remaining()];
        buffer.get(rest);
        return run(Cipher.DECRYPT_MODE, userId, nonce, rest);
    }

    private byte[] run(int mode, long userId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(("user:" + userId).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a second-factor secret could not be sealed or opened with the configured key", e);
        }
    }

    private SecretKeySpec key() {
        byte[] key = configuredKey.filter(k -> !k.isBlank()).map(k -> Base64.getDecoder().decode(k.strip()))
                .orElseThrow(() -> new NotAllowedException("secondFactor.notConfigured"));
        if (key.length != 32) {
            throw new NotAllowedException("secondFactor.notConfigured");
        }
        return new SecretKeySpec(key, "AES");
    }
}
