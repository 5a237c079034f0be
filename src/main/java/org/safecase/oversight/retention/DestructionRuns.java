package org.safecase.oversight.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * R-X-5: a confirmed destruction of many records runs in the background, one case per
 * transaction, so that a large run neither holds a page nor one huge transaction, and its
 * progress is kept in {@code destruction_run}. Each case is claimed with SKIP LOCKED, so two
 * servers (or a restart resuming a run) never destroy the same case twice; a legal hold set after
 * the confirmation still blocks the case (it is skipped).
 */
@ApplicationScoped
public class DestructionRuns {
    private static final Logger LOG = Logger.getLogger(DestructionRuns.class.getName());

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    CaseDestruction destruction;
    @Inject
    Clock clock;
    @Inject
    DestructionRuns self;
    @Resource
    ManagedExecutorService executor;

    /** Queues every record due in the scope and not on hold; @return the new run, or null when none is due. */
    @Transactional
    public DestructionProgress queue(Caller caller, String scope, Long scopeParameter, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("SELECT s.incident_id, s.case_reference, s.school_id"
                        + ScheduledCase.FROM + "WHERE " + scope + " AND s.due_on <= ? AND s.queued_run IS NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.incident_id = s.incident_id "
                        + "AND h.lifted_at IS NULL) ORDER BY s.due_on, s.incident_id FOR UPDATE")
                .setParameter(1, scopeParameter).setParameter(2, java.sql.Date.valueOf(today)).getResultList();
        if (due.isEmpty()) {
            return null;
        }
        em.createNativeQuery("INSERT INTO destruction_run (requested_by, requested_at, total) VALUES (?, ?, ?)")
                .setParameter(1, caller.userId()).setParameter(2, LocalDateTime.now(clock)).setParameter(3, due.size())
                .executeUpdate();
        long run = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        for (Object[] row : due) {
            em.createNativeQuery("UPDATE retention_schedule SET queued_run = ? WHERE incident_id = ?")
                    .setParameter(1, run).setParameter(2, row[0]).executeUpdate();
            audit.record(caller.userId(), Rows.number(row[2]), AuditAction.RETENTION_DESTRUCTION_CONFIRMED, (String) row[1]);
        }
        return new DestructionProgress(run, due.size(), 0, 0, 0, false);
    }

    public void startInBackground(long run) {
        executor.submit(() -> work(run));
    }

    /** Destroys the run's cases one by one until none is left, then marks it finished. */
    public void work(long run) {
        try {
            while (true) {
                try {
                    if (!self.destroyNext(run)) {
                        return;
                    }
                } catch (RuntimeException e) {
                    Long failedCase = self.nextQueued(run);
                    LOG.warning(() -> "Destruction run " + run + " could not destroy case id " + failedCase
                            + "; it stays due: " + e.getClass().getName());
                    if (failedCase == null) {
                        return;
                    }
                    self.giveUp(run, failedCase);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Destruction run " + run + " stopped; the daily job resumes it", e);
        }
    }

    /** Destroys the run's next case in its own transaction; @return false when none is left (the run is finished). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean destroyNext(long run) {
        @SuppressWarnings("unchecked")
        List<Number> next = em.createNativeQuery("SELECT incident_id FROM retention_schedule WHERE queued_run = ? "
                + "ORDER BY incident_id LIMIT 1 FOR UPDATE SKIP LOCKED").setParameter(1, run).getResultList();
        if (next.isEmpty()) {
            em.createNativeQuery("UPDATE destruction_run SET finished_at = ? WHERE id = ? AND finished_at IS NULL "
                            + "AND NOT EXISTS (SELECT 1 FROM retention_schedule WHERE queued_run = ?)")
                    .setParameter(1, LocalDateTime.now(clock)).setParameter(2, run).setParameter(3, run).executeUpdate();
            return false;
        }
        long id = next.get(0).longValue();
        em.createNativeQuery("SELECT id FROM incident WHERE id = ? FOR UPDATE").setParameter(1, id).getResultList();
        @SuppressWarnings("unchecked")
        Object[] row = (Object[]) em.createNativeQuery("SELECT " + ScheduledCase.COLUMNS + ScheduledCase.FROM
                + "WHERE s.incident_id = ?").setParameter(1, id).getSingleResult();
        ScheduledCase schedule = ScheduledCase.of(row);
        long onHold = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM legal_hold WHERE incident_id = ? "
                + "AND lifted_at IS NULL").setParameter(1, id).getSingleResult()).longValue();
        long requestedBy = ((Number) em.createNativeQuery("SELECT requested_by FROM destruction_run WHERE id = ?")
                .setParameter(1, run).getSingleResult()).longValue();
        if (onHold > 0) {
            em.createNativeQuery("UPDATE retention_schedule SET queued_run = NULL WHERE incident_id = ?")
                    .setParameter(1, id).executeUpdate();
            count(run, "skipped");
            return true;
        }
        destruction.destroy(schedule, requestedBy, run);
        count(run, "destroyed");
        return true;
    }

    /** The case the run would take next, or null. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Long nextQueued(long run) {
        @SuppressWarnings("unchecked")
        List<Number> next = em.createNativeQuery("SELECT incident_id FROM retention_schedule WHERE queued_run = ? "
                + "ORDER BY incident_id LIMIT 1 FOR UPDATE SKIP LOCKED").setParameter(1, run).getResultList();
        return next.isEmpty() ? null : next.get(0).longValue();
    }

    /** A case that could not be destroyed leaves the run (it stays due), counted as failed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void giveUp(long run, long incidentId) {
        em.createNativeQuery("UPDATE retention_schedule SET queued_run = NULL WHERE incident_id = ? AND queued_run = ?")
                .setParameter(1, incidentId).setParameter(2, run).executeUpdate();
        count(run, "failed");
    }

    private void count(long run, String column) {
        em.createNativeQuery("UPDATE destruction_run SET " + column + " = " + column + " + 1 WHERE id = ?")
                .setParameter(1, run).executeUpdate();
    }

    /** Runs left unfinished (a server stopped mid-way) and not touched for a while. */
    @Transactional
    public List<Long> unfinished(LocalDateTime requestedBefore) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM destruction_run WHERE finished_at IS NULL "
                + "AND requested_at < ? ORDER BY id").setParameter(1, requestedBefore).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public DestructionProgress latestOf(long userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, total, destroyed, skipped, failed, finished_at "
                + "FROM destruction_run WHERE requested_by = ? ORDER BY id DESC LIMIT 1").setParameter(1, userId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new DestructionProgress(Rows.number(row[0]),
                ((Number) row[1]).intValue(), ((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
                ((Number) row[4]).intValue(), row[5] != null)).orElse(null);
    }
}
