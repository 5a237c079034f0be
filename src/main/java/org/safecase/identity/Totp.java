package org.safecase.identity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;

/**
 * Time-based one-time passwords as RFC 6238 defines them with its defaults, which every
 * authenticator app uses: HMAC-SHA1 over the number of 30-second steps since the Unix epoch,
 * dynamically truncated (RFC 4226 section 5.3) to 6 digits. Pure computation: which steps are
 * accepted, and that a step is used only once, is {@link SecondFactors}' rule.
 */
public final class Totp {
    /** Seconds a code lasts (RFC 6238's default X). */
    public static final long STEP_SECONDS = 30;
    /** Digits of the codes people type. */
    public static final int DIGITS = 6;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** The time step an instant falls in. */
    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of a step. */
    public static String code(byte[] key, long step) {
        return code(key, step, DIGITS);
    }

    /** The code of a step with this many digits (1 to 8; RFC 6238's test vectors have 8), zero-padded. */
    public static String code(byte[] key, long step, int digits) {
        if (digits < 1 || digits > 8) {
            throw new IllegalArgumentException("digits: " + digits);
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every Java runtime", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }
}
