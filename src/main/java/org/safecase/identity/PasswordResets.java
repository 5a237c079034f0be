package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.Locales;
import org.safecase.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issue #13 item 3: one-time links to set a password, for a new user (welcome) or on an LA admin's
 * reset. A link is asked for in the same transaction as the change that needs it and mailed by
 * the notification job ({@link #mailDue}), which makes its secret at the moment it sends: the
 * secret exists only in that mail, and a failed send leaves the link due with no usable secret.
 * A link works once, for {@code safecase.password-link-hours} (72 by default); a newer link for
 * the same user withdraws the older. Setting the password ends the user's sessions.
 */
@ApplicationScoped
public class PasswordResets {
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;
    public static final int BATCH = 20;
    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

    /** Sends one link; a failure is thrown and the link stays due. */
    @FunctionalInterface
    public interface Delivery {
        void send(PasswordLink link) throws Exception;
    }

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    PasswordHashing hashing;
    @Inject
    AuditTrail audit;
    @Inject
    @ConfigProperty(name = "safecase.password-link-hours", defaultValue = "72")
    int hours;

    /** Asks for a link for the user, withdrawing any earlier one; joins the caller's transaction. */
    void issue(AppUser user, Caller issuedBy, boolean welcome) {
        LocalDateTime now = LocalDateTime.now(clock);
        withdraw(user);
        em.persist(new PasswordReset(user.getId(), issuedBy == null ? null : issuedBy.userId(), welcome, now,
                now.plusHours(Math.max(1, hours))));
        audit.record(issuedBy == null ? null : issuedBy.userId(), user.getSchoolId(), AuditAction.PASSWORD_LINK_ISSUED,
                "user:" + user.getId());
    }

    /** Every unused link of the user stops working (a newer link, a corrected address, deactivation). */
    void withdraw(AppUser user) {
        LocalDateTime now = LocalDateTime.now(clock);
        em.createQuery("update PasswordReset r set r.expiresAt = :now where r.userId = :user "
                        + "and r.usedAt is null and r.expiresAt > :now")
                .setParameter("now", now).setParameter("user", user.getId()).executeUpdate();
    }

    /**
     * Mails the links that are due, at most {@value #BATCH} (rows locked with SKIP LOCKED, so that
     * nodes never send one twice); answers how many were dealt with. A link whose user was
     * deactivated meanwhile is dropped unsent. A failed send is tried again later (5 minutes, then
     * longer), behind the others.
     */
    @Transactional
    public int mailDue(Delivery delivery) {
        LocalDateTime now = LocalDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM password_reset WHERE mailed_at IS NULL "
                        + "AND send_after <= ? AND expires_at > ? ORDER BY send_after, id LIMIT " + BATCH
                        + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, now).getResultList();
        for (Number id : ids) {
            PasswordReset reset = em.find(PasswordReset.class, id.longValue());
            AppUser user = em.find(AppUser.class, reset.getUserId());
            if (!user.isActive()) {
                reset.mailed(now);
                continue;
            }
            String secret = Digests.randomSecret();
            reset.seal(Digests.sha256(secret));
            try {
                delivery.send(new PasswordLink(user.getEmail(), Locales.resolve(user.getLocale(), List.of()), secret,
                        reset.isWelcome(), reset.getExpiresAt()));
            } catch (Exception e) {
                // Logged with the user id only: an SMTP error's text may hold the address. The link
                // stays due, with no secret, and is tried again later; the others go on.
                reset.sendFailed(now);
                LOG.log(Level.WARNING, "Password link for user " + reset.getUserId() + " not sent: "
                        + e.getClass().getSimpleName());
                continue;
            }
            reset.mailed(now);
        }
        return ids.size();
    }

    /** Whether the secret of a link is one that can be used now. */
    public boolean usable(String secret) {
        return find(secret).isPresent();
    }

    /**
     * Sets the password of the link's user, once: at least {@value #MIN_PASSWORD} characters,
     * typed twice alike. A used, withdrawn, expired or unknown link is not found.
     */
    @Transactional
    public void setPassword(String secret, String password, String repeated) {
        PasswordReset reset = find(secret).orElseThrow(() -> new NotFoundException("notFound.passwordLink"));
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD
                || password.isBlank()) {
            problems.add(new FieldProblem("password", "problem.password.length", MIN_PASSWORD, MAX_PASSWORD));
        } else if (!password.equals(repeated)) {
            problems.add(new FieldProblem("repeated", "problem.password.repeat"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int claimed = em.createQuery("update PasswordReset r set r.usedAt = :now where r.id = :id "
                        + "and r.usedAt is null and r.expiresAt > :now")
                .setParameter("now", now).setParameter("id", reset.getId()).executeUpdate();
        if (claimed != 1) {
            // Used or withdrawn meanwhile (a second submit, a newer link): once means once.
            throw new NotFoundException("notFound.passwordLink");
        }
        AppUser user = em.find(AppUser.class, reset.getUserId());
        user.changePassword(hashing.hash(password));
        audit.record(user.getId(), user.getSchoolId(), AuditAction.PASSWORD_SET, "user:" + user.getId());
    }

    private Optional<PasswordReset> find(String secret) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return em.createQuery("select r from PasswordReset r where r.secretHash = :hash", PasswordReset.class)
                .setParameter("hash", Digests.sha256(secret)).getResultStream().findFirst()
                .filter(reset -> reset.usable(now))
                .filter(reset -> em.find(AppUser.class, reset.getUserId()).isActive());
    }
}
