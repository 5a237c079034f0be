package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Item 2 of issue #12: failed sign-ins (form and HTTP Basic) are counted per account name as
 * typed and per remote address; past {@code safecase.signin.slow-after} failures each answer is
 * held a little longer, and at {@code safecase.signin.account-failures} (or, from one address,
 * {@code safecase.signin.address-failures}) within {@code safecase.signin.window-minutes} the name
 * (or the address) is locked for {@code safecase.signin.lock-minutes}: even the right password is
 * refused until then. A name nobody holds is counted and locked the same way, so a lock-out says
 * nothing about whether an account exists.
 * <p>
 * The counts live in the database ({@code sign_in_throttle}), not in a node's memory: every node
 * of a cluster sees the same counts and a restart does not reset them. Rows hold a SHA-256 of the
 * name or address, never the name or a password; the audit row of a lock-out names the user by id
 * when the account exists, else by that hash.
 */
@ApplicationScoped
public class SignInThrottle {
    private static final int MAX_SLOW_STEPS = 8;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;
    @Inject
    @ConfigProperty(name = "safecase.signin.account-failures", defaultValue = "5")
    int accountFailures;
    @Inject
    @ConfigProperty(name = "safecase.signin.address-failures", defaultValue = "50")
    int addressFailures;
    @Inject
    @ConfigProperty(name = "safecase.signin.window-minutes", defaultValue = "15")
    int windowMinutes;
    @Inject
    @ConfigProperty(name = "safecase.signin.lock-minutes", defaultValue = "15")
    int lockMinutes;
    @Inject
    @ConfigProperty(name = "safecase.signin.slow-after", defaultValue = "3")
    int slowAfter;
    @Inject
    @ConfigProperty(name = "safecase.signin.slow-millis", defaultValue = "250")
    long slowMillis;

    /** Where a sign-in stands before its password is checked. */
    public record Standing(boolean locked, boolean earlierFailures) {
    }

    /** Whether the name or the address is locked now, and whether the name has failed lately. */
    @Transactional
    public Standing before(String typedName, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        String account = account(typedName);
        boolean locked = false;
        boolean failures = false;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT subject_hash, failures, locked_until FROM sign_in_throttle "
                        + "WHERE subject_hash IN (?1, ?2)")
                .setParameter(1, account).setParameter(2, address(address)).getResultList();
        for (Object[] row : rows) {
            LocalDateTime lockedUntil = dateTime(row[2]);
            locked |= lockedUntil != null && lockedUntil.isAfter(now);
            failures |= account.equals(row[0]) && ((Number) row[1]).intValue() > 0;
        }
        return new Standing(locked, failures);
    }

    /** A right password (not locked): the name's failures are forgotten; the address's are not. */
    @Transactional
    public void succeeded(String typedName) {
        em.createNativeQuery("DELETE FROM sign_in_throttle WHERE subject_hash = ?1 "
                        + "AND (locked_until IS NULL OR locked_until < ?2)")
                .setParameter(1, account(typedName)).setParameter(2, Timestamp.valueOf(LocalDateTime.now(clock)))
                .executeUpdate();
    }

    /**
     * Counts a failure against the name and the address, locks either at its threshold (audited
     * as {@link AuditAction#SIGN_IN_LOCKED}), and answers how long to hold the refusal.
     */
    @Transactional
    public Duration failed(String typedName, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime windowStart = now.minusMinutes(windowMinutes);
        em.createNativeQuery("DELETE FROM sign_in_throttle WHERE window_started < ?1 "
                        + "AND (locked_until IS NULL OR locked_until < ?2) LIMIT 100")
                .setParameter(1, Timestamp.valueOf(windowStart)).setParameter(2, Timestamp.valueOf(now)).executeUpdate();
        String account = account(typedName);
        int nameFailures = count(account, accountFailures, now, windowStart);
        if (nameFailures == 0) {
            auditLockOut(typedName, account);
        }
        String from = address(address);
        int addressCount = count(from, addressFailures, now, windowStart);
        if (addressCount == 0) {
            audit.record(null, null, AuditAction.SIGN_IN_LOCKED, "address:" + from.substring(0, 56));
        }
        long steps = Math.max(nameFailures - slowAfter, addressCount - addressFailures / 2);
        return Duration.ofMillis(slowMillis * Math.min(MAX_SLOW_STEPS, Math.max(0, steps)));
    }

    /** Holds a refusal for the time {@link #failed} answered, outside any transaction. */
    public static void hold(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The failures of the subject in the window after this one; 0 when this one locked it. */
    private int count(String subject, int threshold, LocalDateTime now, LocalDateTime windowStart) {
        em.createNativeQuery("INSERT IGNORE INTO sign_in_throttle (subject_hash, failures, window_started) "
                + "VALUES (?1, 0, ?2)").setParameter(1, subject).setParameter(2, Timestamp.valueOf(now)).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("SELECT failures, window_started FROM sign_in_throttle "
                + "WHERE subject_hash = ?1 FOR UPDATE").setParameter(1, subject).getSingleResult();
        boolean fresh = dateTime(row[1]).isBefore(windowStart);
        int failures = (fresh ? 0 : ((Number) row[0]).intValue()) + 1;
        LocalDateTime started = fresh ? now : dateTime(row[1]);
        LocalDateTime lockedUntil = null;
        if (failures >= threshold) {
            failures = 0;
            started = now;
            lockedUntil = now.plusMinutes(lockMinutes);
        }
        em.createNativeQuery("UPDATE sign_in_throttle SET failures = ?1, window_started = ?2, locked_until = ?3 "
                        + "WHERE subject_hash = ?4")
                .setParameter(1, failures).setParameter(2, Timestamp.valueOf(started))
                .setParameter(3, lockedUntil == null ? null : Timestamp.valueOf(lockedUntil))
                .setParameter(4, subject).executeUpdate();
        return failures;
    }

    private void auditLockOut(String typedName, String account) {
        List<AppUser> users = em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", typedName == null ? "" : typedName.strip()).getResultList();
        if (users.isEmpty()) {
            audit.record(null, null, AuditAction.SIGN_IN_LOCKED, "sign-in:" + account.substring(0, 56));
        } else {
            AppUser user = users.get(0);
            audit.record(user.getId(), user.getSchoolId(), AuditAction.SIGN_IN_LOCKED, "user:" + user.getId());
        }
    }

    static String account(String typedName) {
        return Digests.sha256("account:" + (typedName == null ? "" : typedName.strip().toLowerCase(Locale.ROOT)));
    }

    static String address(String address) {
        return Digests.sha256("address:" + address);
    }

    private static LocalDateTime dateTime(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp at ? at.toLocalDateTime() : (LocalDateTime) value;
    }
}
