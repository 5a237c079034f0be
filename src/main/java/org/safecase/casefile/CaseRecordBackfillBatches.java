package org.safecase.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.workflow.StepHistory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** The backfill's transactions: where it stands, one batch replayed, and its end. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class CaseRecordBackfillBatches {
    static final String NAME = "v13-case-record";

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    StepHistory history;
    @Inject
    Clock clock;
    @Inject
    CaseRecords records;

    /** The backfill's progress; begun now (everything finished before now is to replay) if never begun. */
    Progress begin() {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT done_count, total_count, started_at, finished_at "
                + "FROM case_record_backfill WHERE name = ? FOR UPDATE").setParameter(1, NAME).getResultList();
        if (found.isEmpty()) {
            LocalDateTime now = LocalDateTime.now(clock);
            Instant until = now.atZone(clock.getZone()).toInstant();
            long total = history.count(until);
            em.createNativeQuery("INSERT INTO case_record_backfill (name, done_count, total_count, started_at) "
                            + "VALUES (?, 0, ?, ?)")
                    .setParameter(1, NAME).setParameter(2, total).setParameter(3, Timestamp.valueOf(now)).executeUpdate();
            return new Progress(0, total, until, false);
        }
        Object[] row = found.get(0);
        Instant until = ((Timestamp) row[2]).toLocalDateTime().atZone(clock.getZone()).toInstant();
        return new Progress(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), until, row[3] != null);
    }

    int replay(Instant until, long first, int size) {
        int read = history.replay(until, (int) first, size);
        em.createNativeQuery("UPDATE case_record_backfill SET done_count = done_count + ? WHERE name = ?")
                .setParameter(1, read).setParameter(2, NAME).executeUpdate();
        return read;
    }

    void verifyTables() {
        records.verifyTables();
    }

    void finish() {
        em.createNativeQuery("UPDATE case_record_backfill SET finished_at = ? WHERE name = ?")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now(clock))).setParameter(2, NAME).executeUpdate();
    }

    record Progress(long done, long total, Instant until, boolean finished) {
    }
}
