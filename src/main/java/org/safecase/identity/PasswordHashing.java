package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * The container's PBKDF2 hash with our parameters, shared by the identity store (verifying)
 * and account creation (hashing), so the two can never drift apart. A name nobody holds is
 * checked against {@link #dummy()}, a hash made with the same parameters, so that a sign-in
 * costs the same work (and time) whether the account exists or not (item 2 of issue #12).
 */
@ApplicationScoped
public class PasswordHashing {
    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=120000";
    static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    /**
     * The stored "hash" of a user who has not set a password yet (issue #13 item 3: made by an LA
     * admin, waiting for their link): no password matches it, and it costs a sign-in the same work.
     */
    static final String NOT_SET = "not-set";

    @Inject
    Pbkdf2PasswordHash hash;

    static boolean isSet(String stored) {
        return stored != null && !stored.equals(NOT_SET);
    }

    private volatile String dummy;

    public String hash(String password) {
        initialize();
        return hash.generate(password.toCharArray());
    }

    /** Whether the password matches the stored hash (whose own parameters are used). */
    boolean verify(String password, String stored) {
        initialize();
        try {
            return hash.verify(password.toCharArray(), stored);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** A hash of a random password with our parameters, made once, for names nobody holds. */
    String dummy() {
        String made = dummy;
        if (made == null) {
            made = hash(java.util.UUID.randomUUID().toString());
            dummy = made;
        }
        return made;
    }

    private void initialize() {
        hash.initialize(Map.of(
                key(ALGORITHM), value(ALGORITHM),
                key(ITERATIONS), value(ITERATIONS),
                key(SALT_SIZE), value(SALT_SIZE),
                key(KEY_SIZE), value(KEY_SIZE)));
    }

    private static String key(String parameter) {
        return parameter.substring(0, parameter.indexOf('='));
    }

    private static String value(String parameter) {
        return parameter.substring(parameter.indexOf('=') + 1);
    }
}
