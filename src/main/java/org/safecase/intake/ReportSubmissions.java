package org.safecase.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.safecase.platform.ConflictException;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Makes a report once per submission key (the API's {@code Idempotency-Key}, the report page's
 * form token), in the reporting transaction: the first request to insert its (caller, key) row
 * goes on to make the case; one arriving meanwhile waits on that row's lock and then finds the
 * case made; a key reused with a different report is a conflict. Keys last {@value #HOURS} hours.
 */
@ApplicationScoped
class ReportSubmissions {
    static final int HOURS = 24;
    static final String KEY_PATTERN = "[A-Za-z0-9_.:-]{1,100}";

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;

    /** A key as given: letters, digits and {@code _.:-}, up to 100; anything else is refused, naming {@code field}. */
    static String checked(String key, String field) {
        if (key == null || !key.matches(KEY_PATTERN)) {
            throw new InvalidInputException(List.of(new FieldProblem(field,
                    "problem.reportSubmissions.idempotencyKey")));
        }
        return key;
    }

    /**
     * Claims the key for this report: empty when this request is the first (it must then call
     * {@link #made}); the case's reference when the same report was made with it already.
     */
    @SuppressWarnings("unchecked")
    Optional<String> claim(Long callerId, String key, IncidentReport report) {
        Timestamp now = Timestamp.from(clock.instant());
        em.createNativeQuery("DELETE FROM report_submission WHERE caller_id = ? AND submission_key = ? AND created_at < ?")
                .setParameter(1, callerId).setParameter(2, key)
                .setParameter(3, Timestamp.from(clock.instant().minus(Duration.ofHours(HOURS)))).executeUpdate();
        String hash = hash(report);
        int inserted = em.createNativeQuery("INSERT IGNORE INTO report_submission (caller_id, submission_key, body_hash, "
                        + "created_at) VALUES (?, ?, ?, ?)").setParameter(1, callerId).setParameter(2, key)
                .setParameter(3, hash).setParameter(4, now).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        List<Object[]> first = em.createNativeQuery("SELECT body_hash, reference FROM report_submission "
                        + "WHERE caller_id = ? AND submission_key = ? LOCK IN SHARE MODE")
                .setParameter(1, callerId).setParameter(2, key).getResultList();
        if (first.isEmpty() || first.get(0)[1] == null) {
            throw new ConflictException("conflict.reportBeingSent");
        }
        if (!hash.equals(first.get(0)[0])) {
            throw new ConflictException("conflict.idempotencyKeyReused");
        }
        return Optional.of(String.valueOf(first.get(0)[1]));
    }

    void made(Long callerId, String key, String reference) {
        em.createNativeQuery("UPDATE report_submission SET reference = ? WHERE caller_id = ? AND submission_key = ?")
                .setParameter(1, reference).setParameter(2, callerId).setParameter(3, key).executeUpdate();
    }

    /** The receipt facts of a case made earlier: when it was reported, its category, immediate danger. */
    @SuppressWarnings("unchecked")
    Object[] madeEarlier(String reference) {
        return ((List<Object[]>) em.createNativeQuery("SELECT reported_at, category, immediate_danger FROM incident "
                + "WHERE reference = ?").setParameter(1, reference).getResultList()).get(0);
    }

    private static String hash(IncidentReport report) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(report.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
