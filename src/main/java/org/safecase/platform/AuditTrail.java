package org.safecase.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * R-X-3: records who viewed or changed a case, and when. Joins the caller's transaction, so
 * an audit row exists exactly when the change it describes was committed.
 */
@ApplicationScoped
public class AuditTrail {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;

    /** Actions that only read a case: left out of its story, shown in its access log (R-X-3). */
    static final List<AuditAction> READS = List.of(AuditAction.CASE_VIEWED, AuditAction.TIMELINE_VIEWED,
            AuditAction.EVIDENCE_LISTED, AuditAction.CHILD_RECORDS_VIEWED, AuditAction.EVIDENCE_DOWNLOADED);

    /** The changes recorded for a case (views are left out: they would drown the story), oldest first. */
    public List<AuditEntry> changesTo(String subject, int max) {
        return em.createQuery("select e from AuditEvent e where e.subject = :subject and e.action not in :reads "
                        + "order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("subject", subject).setParameter("reads", READS)
                .setMaxResults(max).getResultStream().map(AuditEntry::of).toList();
    }

    /**
     * R-X-3: who opened the case (any read of it) and who was refused, newest first, at most
     * {@code max} (paged in the database by the subject's index).
     */
    public List<AuditEntry> accessesTo(String subject, int max) {
        List<AuditAction> shown = new java.util.ArrayList<>(READS);
        shown.add(AuditAction.ACCESS_REFUSED);
        return em.createQuery("select e from AuditEvent e where e.subject = :subject and e.action in :shown "
                        + "order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("subject", subject).setParameter("shown", shown)
                .setMaxResults(max).getResultStream().map(AuditEntry::of).toList();
    }

    /**
     * Records a refused attempt in its own transaction, so that the record survives the
     * not-found answer (which rolls back the caller's transaction).
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(Long actorId, Long schoolId, String subject) {
        record(actorId, schoolId, AuditAction.ACCESS_REFUSED, subject);
    }

    /**
     * Records, in its own transaction, something about to happen that cannot be taken back once
     * begun (rows of an export leaving the server): the record stays even if it breaks off.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void recordBeforehand(Long actorId, Long schoolId, AuditAction action, String subject) {
        record(actorId, schoolId, action, subject);
    }

    /**
     * Records {@code action} on {@code subject} (a reference or an id, never content) by
     * {@code actorId} for {@code schoolId}, in the caller's transaction; its outcome follows from
     * the action ({@link #REFUSALS}; issue #15 item 1).
     */
    public void record(Long actorId, Long schoolId, AuditAction action, String subject) {
        record(actorId, schoolId, action, subject, REFUSALS.contains(action) ? AuditOutcome.REFUSED : AuditOutcome.DONE);
    }

    /**
     * Issue #15 item 1: as {@link #record(Long, Long, AuditAction, String)} with the outcome said.
     * The row carries its local authority (the school's, else the actor's), so that it joins that
     * authority's hash chain and only its admins find it. Only an insert: the sealing job chains it
     * later, so no view waits on another's write.
     */
    public void record(Long actorId, Long schoolId, AuditAction action, String subject, AuditOutcome outcome) {
        em.persist(new AuditEvent(LocalDateTime.now(clock), actorId, schoolId, localAuthorityOf(actorId, schoolId),
                action, shortened(subject), outcome));
    }

    /** Issue #15 item 1: a refused attempt at anything (not only a case), in its own transaction. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void recordRefused(Long actorId, Long schoolId, AuditAction action, String subject) {
        record(actorId, schoolId, action, subject, AuditOutcome.REFUSED);
    }

    /** The actions that are refusals whatever the caller says (issue #15 item 1). */
    public static final java.util.Set<AuditAction> REFUSALS = java.util.EnumSet.of(AuditAction.ACCESS_REFUSED,
            AuditAction.TOKEN_REFUSED, AuditAction.SECOND_FACTOR_REFUSED, AuditAction.SINGLE_SIGN_ON_REFUSED,
            AuditAction.SIGN_IN_LOCKED);

    /** The subject column holds 64 characters; a longer subject (an address) keeps its start. */
    static String shortened(String subject) {
        return subject == null ? "-" : subject.length() <= 64 ? subject : subject.substring(0, 64);
    }

    /** A school never moves to another authority, nor a user: both are looked up once. */
    private final java.util.Map<Long, Long> schoolAuthorities = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Long, Long> userAuthorities = new java.util.concurrent.ConcurrentHashMap<>();

    private Long localAuthorityOf(Long actorId, Long schoolId) {
        if (schoolId != null) {
            Long found = lookUp(schoolAuthorities, schoolId, "SELECT local_authority_id FROM school WHERE id = ?1");
            if (found != null) {
                return found;
            }
        }
        return actorId == null ? null : lookUp(userAuthorities, actorId, "SELECT local_authority_id FROM app_user WHERE id = ?1");
    }

    private Long lookUp(java.util.Map<Long, Long> known, Long id, String sql) {
        Long found = known.get(id);
        if (found == null) {
            List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
            found = rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).longValue();
            if (found != null) {
                known.put(id, found);
            }
        }
        return found;
    }
}
