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

    public void record(Long actorId, Long schoolId, AuditAction action, String subject) {
        em.persist(new AuditEvent(LocalDateTime.now(clock), actorId, schoolId, action, subject));
    }
}
