package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Users sign in against our own user table; inactive users cannot sign in.
 * <p>
 * Item 1 of issue #12: a password is checked with PBKDF2 (about 46 ms of CPU) once, not on every
 * HTTP Basic request. A verified user name and password are remembered for
 * {@code safecase.signin.verified-seconds} under an HMAC of the pair with a key made at start and
 * never stored (so the memory of a node holds no password, nor anything cheaper to guess from than
 * the stored hash); a remembered pair counts only while the account is still active and its
 * stored hash is still the one it was checked against, read from the database on every request, so
 * a password change or a deactivation takes effect at the next request on every node.
 * <p>
 * Item 2: a name nobody holds (or an inactive account) is checked against a dummy hash, so every
 * first check costs the same PBKDF2 work.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {
    private static final int MAX_REMEMBERED = 10_000;
    private static final int MAX_USERNAME = 100;
    private static final int MAX_PASSWORD = 1_000;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    PasswordHashing hashing;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "safecase.signin.verified-seconds", defaultValue = "300")
    long verifiedSeconds;

    private final byte[] nodeKey = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** A pair checked once: against which stored hash, until when. */
    private record Verified(String passwordHash, Instant until) {
    }

    public UserIdentityStore() {
        new SecureRandom().nextBytes(nodeKey);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential pair)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = pair.getCaller() == null ? "" : pair.getCaller();
        String password = pair.getPasswordAsString() == null ? "" : pair.getPasswordAsString();
        AppUser user = username.isEmpty() || username.length() > MAX_USERNAME ? null : find(username);
        if (password.length() > MAX_PASSWORD) {
            password = password.substring(0, MAX_PASSWORD);
            user = null;
        }
        String key = rememberedAs(username, password);
        Instant now = clock.instant();
        Verified known = verified.get(key);
        if (known != null && known.until().isAfter(now) && user != null && user.isActive()
                && known.passwordHash().equals(user.getPasswordHash())) {
            return valid(user);
        }
        if (known != null) {
            verified.remove(key);
        }
        boolean settable = user != null && PasswordHashing.isSet(user.getPasswordHash());
        boolean matches = hashing.verify(password, settable ? user.getPasswordHash() : hashing.dummy()) && settable;
        if (!matches || !user.isActive()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        remember(key, new Verified(user.getPasswordHash(), now.plusSeconds(verifiedSeconds)), now);
        return valid(user);
    }

    private AppUser find(String username) {
        // Users made by an LA admin are named by their e-mail in lower case; a phone that capitalises
        // the first letter must not lock them out. Other names are matched as they were made.
        List<AppUser> found = em.createQuery("select u from AppUser u where u.username in (:name, :lower)", AppUser.class)
                .setParameter("name", username).setParameter("lower", username.toLowerCase(java.util.Locale.ROOT))
                .getResultList();
        return found.stream().filter(u -> u.getUsername().equals(username)).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0));
    }

    private void remember(String key, Verified pair, Instant now) {
        if (verified.size() >= MAX_REMEMBERED) {
            verified.values().removeIf(v -> !v.until().isAfter(now));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(key, pair);
    }

    private String rememberedAs(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(nodeKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((username + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** The caller and groups (its roles) of an active user, as every way of signing in hands them to the container. */
    static CredentialValidationResult valid(AppUser user) {
        Set<String> groups = user.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(user.getUsername(), groups);
    }
}
