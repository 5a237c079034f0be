package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * The container's PBKDF2 hash with our parameters, shared by the identity store (verifying)
 * and account creation (hashing), so the two can never drift apart.
 */
@ApplicationScoped
public class PasswordHashing {
    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=120000";
    static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    Pbkdf2PasswordHash hash;

    public String hash(String password) {
        hash.initialize(Map.of(
                key(ALGORITHM), value(ALGORITHM),
                key(ITERATIONS), value(ITERATIONS),
                key(SALT_SIZE), value(SALT_SIZE),
                key(KEY_SIZE), value(KEY_SIZE)));
        return hash.generate(password.toCharArray());
    }

    private static String key(String parameter) {
        return parameter.substring(0, parameter.indexOf('='));
    }

    private static String value(String parameter) {
        return parameter.substring(parameter.indexOf('=') + 1);
    }
}
