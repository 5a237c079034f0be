package org.safecase.oversight.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The days the retention job has run ({@code retention_run}): one row a day, claimed by the first server. */
@ApplicationScoped
public class RetentionDays {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;

    /** @return true for the one server that claims the day; false when it is claimed already */
    @Transactional
    public boolean claim(LocalDate day) {
        return em.createNativeQuery("INSERT IGNORE INTO retention_run (run_on, started_at) VALUES (?, ?)")
                .setParameter(1, java.sql.Date.valueOf(day)).setParameter(2, LocalDateTime.now(clock))
                .executeUpdate() == 1;
    }

    /** Marks the records newly due on the day as listed, and finishes the day's row; @return how many. */
    @Transactional
    public int listDue(LocalDate day, int scheduled) {
        java.sql.Date on = java.sql.Date.valueOf(day);
        int due = em.createNativeQuery("UPDATE retention_schedule SET listed_on = ? WHERE due_on <= ? AND listed_on IS NULL")
                .setParameter(1, on).setParameter(2, on).executeUpdate();
        em.createNativeQuery("UPDATE retention_run SET finished_at = ?, scheduled = ?, due = ? WHERE run_on = ?")
                .setParameter(1, LocalDateTime.now(clock)).setParameter(2, scheduled).setParameter(3, due)
                .setParameter(4, on).executeUpdate();
        return due;
    }
}
