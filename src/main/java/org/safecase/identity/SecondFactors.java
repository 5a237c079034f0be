package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Issue #13 item 2: the second factor of the people who see child-protection records or run the
 * local authority. A local account holding one of {@link #GUARDED}'s roles, in a local authority
 * that requires it ({@code local_authority.second_factor_required}), signs in with its password
 * and then a TOTP code ({@link Totp}) or one of its recovery codes.
 * <ul>
 * <li>A code is accepted for the step before, the step of, and the step after now (clocks drift),
 * and never twice: the step of the last accepted code is kept and only a later one is taken, by one
 * conditional update, so two nodes cannot both accept it.</li>
 * <li>Ten recovery codes are shown once, at enrolment, and kept only as a SHA-256 (50 random bits
 * each, too many to guess from a hash); each works once.</li>
 * <li>Wrong codes count in {@link SignInThrottle} like wrong passwords, against the same name, so a
 * stolen password gives no more guesses at the code than at the password.</li>
 * <li>Every enrolment, use of a recovery code and refusal is audited. The secret itself is sealed
 * ({@link SecretSealing}) and appears in no log, audit row or exception.</li>
 * </ul>
 */
@ApplicationScoped
public class SecondFactors {
    /** The roles whose local accounts need a second factor where their local authority requires it. */
    public static final Set<Role> GUARDED = EnumSet.of(Role.DSL, Role.DEPUTY_DSL, Role.HEAD_TEACHER,
            Role.HR_OFFICER, Role.LA_ADMIN);
    private static final int RECOVERY_CODES = 10;
    private static final int RECOVERY_CODE_LENGTH = 10;
    private static final int SECRET_BYTES = 20;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;
    @Inject
    SignInThrottle throttle;
    @Inject
    SecretSealing sealing;

    private final SecureRandom random = new SecureRandom();

    /** What a user whose password was right still has to do. */
    public enum Need {
        NONE,
        /** Must enrol before reaching anything. */
        ENROL,
        /** Must give a code. */
        CODE
    }

    public enum Outcome {
        ACCEPTED,
        RECOVERY_CODE_USED,
        REFUSED,
        LOCKED
    }

    /** The answer to a code: how it went, how long to hold a refusal, and the recovery codes of a new enrolment. */
    public record Check(Outcome outcome, Duration hold, List<String> recoveryCodes) {
        public boolean passed() {
            return outcome == Outcome.ACCEPTED || outcome == Outcome.RECOVERY_CODE_USED;
        }
    }

    @Transactional
    public Need needOf(String username) {
        AppUser user = activeUser(username);
        if (user == null || !mustUse(user)) {
            return Need.NONE;
        }
        return enrolled(user.getId()) ? Need.CODE : Need.ENROL;
    }

    /**
     * HTTP Basic sends only a password, so it is refused (and audited) for a user who needs a second
     * factor: such a user makes an API token after a full sign-in ({@link ApiTokens}).
     */
    @Transactional
    public boolean refusesBasic(String username) {
        AppUser user = activeUser(username);
        if (user == null || !mustUse(user)) {
            return false;
        }
        audit.record(user.getId(), user.getSchoolId(), AuditAction.SECOND_FACTOR_REFUSED, "basic:user:" + user.getId());
        return true;
    }

    /** A fresh secret for an authenticator app, in Base32; kept nowhere until confirmed by {@link #enrol}. */
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return Base32.encode(secret);
    }

    /**
     * Enrols the secret the user's app shows a right code for, and answers ten new recovery codes
     * (the only time they are shown). Refused for a user who has enrolled already.
     */
    @Transactional
    public Check enrol(String username, String secret, String typed, String address) {
        AppUser user = activeUser(username);
        if (user == null) {
            return new Check(Outcome.REFUSED, Duration.ZERO, List.of());
        }
        if (throttle.before(username, address).locked()) {
            return refused(user, Outcome.LOCKED, Duration.ZERO);
        }
        byte[] key = Base32.decode(secret);
        long step = matchingStep(key, normalise(typed), Long.MIN_VALUE);
        if (step == Long.MIN_VALUE) {
            return refused(user, Outcome.REFUSED, throttle.failed(username, address));
        }
        int made = em.createNativeQuery("INSERT IGNORE INTO second_factor (user_id, sealed_secret, enrolled_at, "
                        + "last_time_step) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, user.getId()).setParameter(2, sealing.seal(user.getId(), key))
                .setParameter(3, Timestamp.valueOf(LocalDateTime.now(clock))).setParameter(4, step).executeUpdate();
        if (made != 1) {
            return refused(user, Outcome.REFUSED, Duration.ZERO);
        }
        List<String> codes = newRecoveryCodes(user.getId());
        audit.record(user.getId(), user.getSchoolId(), AuditAction.SECOND_FACTOR_ENROLLED, "user:" + user.getId());
        return new Check(Outcome.ACCEPTED, Duration.ZERO, codes);
    }

    /** Checks a TOTP code (six digits) or else a recovery code of an enrolled user. */
    @Transactional
    public Check check(String username, String typed, String address) {
        AppUser user = activeUser(username);
        if (user == null) {
            return new Check(Outcome.REFUSED, Duration.ZERO, List.of());
        }
        SignInThrottle.Standing standing = throttle.before(username, address);
        if (standing.locked()) {
            return refused(user, Outcome.LOCKED, Duration.ZERO);
        }
        String code = normalise(typed);
        Outcome outcome = code.matches("\\d{" + Totp.DIGITS + "}") ? totp(user, code) : recovery(user, code);
        if (outcome == Outcome.REFUSED) {
            return refused(user, outcome, throttle.failed(username, address));
        }
        if (standing.earlierFailures()) {
            throttle.succeeded(username);
        }
        return new Check(outcome, Duration.ZERO, List.of());
    }

    private Outcome totp(AppUser user, String code) {
        List<?> rows = em.createNativeQuery("SELECT sealed_secret, last_time_step FROM second_factor WHERE user_id = ?1")
                .setParameter(1, user.getId()).getResultList();
        if (rows.isEmpty()) {
            return Outcome.REFUSED;
        }
        Object[] row = (Object[]) rows.get(0);
        long step = matchingStep(sealing.open(user.getId(), (String) row[0]), code, ((Number) row[1]).longValue());
        if (step == Long.MIN_VALUE) {
            return Outcome.REFUSED;
        }
        int claimed = em.createNativeQuery("UPDATE second_factor SET last_time_step = ?1 "
                        + "WHERE user_id = ?2 AND last_time_step < ?1")
                .setParameter(1, step).setParameter(2, user.getId()).executeUpdate();
        return claimed == 1 ? Outcome.ACCEPTED : Outcome.REFUSED;
    }

    private Outcome recovery(AppUser user, String code) {
        if (code.isEmpty()) {
            return Outcome.REFUSED;
        }
        int used = em.createNativeQuery("UPDATE recovery_code SET used_at = ?1 "
                        + "WHERE user_id = ?2 AND code_hash = ?3 AND used_at IS NULL")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now(clock))).setParameter(2, user.getId())
                .setParameter(3, recoveryHash(user.getId(), code)).executeUpdate();
        if (used != 1) {
            return Outcome.REFUSED;
        }
        audit.record(user.getId(), user.getSchoolId(), AuditAction.RECOVERY_CODE_USED, "user:" + user.getId());
        return Outcome.RECOVERY_CODE_USED;
    }

    /** The step (now, one before or one after, and later than {@code after}) whose code this is; else {@code Long.MIN_VALUE}. */
    private long matchingStep(byte[] key, String code, long after) {
        long now = Totp.stepAt(clock.instant());
        long found = Long.MIN_VALUE;
        byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
        for (long step = now - 1; step <= now + 1; step++) {
            boolean same = MessageDigest.isEqual(Totp.code(key, step).getBytes(StandardCharsets.US_ASCII), typed);
            if (same && step > after && found == Long.MIN_VALUE) {
                found = step;
            }
        }
        return found;
    }

    private List<String> newRecoveryCodes(long userId) {
        em.createNativeQuery("DELETE FROM recovery_code WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
        List<String> codes = new ArrayList<>();
        while (codes.size() < RECOVERY_CODES) {
            byte[] bytes = new byte[7];
            random.nextBytes(bytes);
            String code = Base32.encode(bytes).substring(0, RECOVERY_CODE_LENGTH);
            if (!codes.contains(code)) {
                codes.add(code);
                em.createNativeQuery("INSERT INTO recovery_code (user_id, code_hash) VALUES (?1, ?2)")
                        .setParameter(1, userId).setParameter(2, recoveryHash(userId, code)).executeUpdate();
            }
        }
        return codes.stream().map(c -> (c.substring(0, 5) + "-" + c.substring(5)).toLowerCase(Locale.ROOT)).toList();
    }

    private Check refused(AppUser user, Outcome outcome, Duration hold) {
        audit.record(user.getId(), user.getSchoolId(), AuditAction.SECOND_FACTOR_REFUSED, "user:" + user.getId());
        return new Check(outcome, hold, List.of());
    }

    private boolean mustUse(AppUser user) {
        if (user.getRoles().stream().noneMatch(GUARDED::contains)) {
            return false;
        }
        // Read from the table, not the shared entity cache, so that a change of the setting counts at once.
        List<?> required = em.createNativeQuery("SELECT second_factor_required FROM local_authority WHERE id = ?1")
                .setParameter(1, user.getLocalAuthorityId()).getResultList();
        return !required.isEmpty() && Boolean.TRUE.equals(asBoolean(required.get(0)));
    }

    private boolean enrolled(long userId) {
        return !em.createNativeQuery("SELECT user_id FROM second_factor WHERE user_id = ?1").setParameter(1, userId)
                .getResultList().isEmpty();
    }

    private AppUser activeUser(String username) {
        return em.createQuery("select u from AppUser u where u.username = :name and u.active = true", AppUser.class)
                .setParameter("name", username == null ? "" : username).getResultStream().findFirst().orElse(null);
    }

    private static Boolean asBoolean(Object value) {
        return value instanceof Number number ? number.intValue() != 0 : (Boolean) value;
    }

    /** Codes as people type them: spaces and dashes dropped, any case. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String recoveryHash(long userId, String code) {
        return Digests.sha256("recovery:" + userId + ":" + code);
    }
}
