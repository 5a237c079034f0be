package org.safecase.oversight.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.casefile.IncidentCategory;
import org.safecase.platform.CaseClosed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * R-X-5: writes each closed case's due date into {@code retention_schedule}, when the case closes
 * (in the closing transaction) and, for cases closed before this version or whose closing missed
 * it, in the daily job's batches.
 */
@ApplicationScoped
public class RetentionSchedules {
    static final int BATCH = 200;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    RetentionSettings settings;
    @Inject
    Clock clock;

    void caseClosed(@Observes CaseClosed closed) {
        schedule(closed.incidentId());
    }

    /** Schedules up to {@link #BATCH} closed cases that have no due date yet; @return how many. */
    @Transactional
    public int scheduleUnscheduled() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT i.id FROM incident i LEFT JOIN retention_schedule s "
                + "ON s.incident_id = i.id WHERE i.closed_at IS NOT NULL AND s.incident_id IS NULL ORDER BY i.id LIMIT "
                + BATCH).getResultList();
        ids.forEach(id -> schedule(id.longValue()));
        return ids.size();
    }

    /** Computes the case's due date from its category, closure and children's records, and keeps it. */
    void schedule(long incidentId) {
        Object[] incident = (Object[]) em.createNativeQuery("SELECT reference, school_id, category, occurred_at, "
                + "closed_at FROM incident WHERE id = ?").setParameter(1, incidentId).getSingleResult();
        LocalDateTime closedAt = Rows.time(incident[4]);
        if (closedAt == null) {
            return;
        }
        RetentionDue due;
        if (IncidentCategory.valueOf((String) incident[2]).isChildProtection()) {
            @SuppressWarnings("unchecked")
            List<Object[]> children = em.createNativeQuery("SELECT date_of_birth, age FROM child_safeguarding_record "
                    + "WHERE incident_id = ?").setParameter(1, incidentId).getResultList();
            LocalDate incidentOn = Rows.time(incident[3]).toLocalDate();
            due = RetentionRules.childProtection(incidentOn, children.stream()
                    .map(row -> new ChildAge(Rows.date(row[0]), ((Number) row[1]).intValue())).toList());
        } else {
            due = RetentionRules.staffCase(closedAt.toLocalDate(), settings.staffCaseYears());
        }
        em.createNativeQuery("INSERT INTO retention_schedule (incident_id, case_reference, school_id, record_type, "
                        + "rule_applied, rule_years, due_on, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE record_type = VALUES(record_type), rule_applied = VALUES(rule_applied), "
                        + "rule_years = VALUES(rule_years), due_on = VALUES(due_on), computed_at = VALUES(computed_at)")
                .setParameter(1, incidentId).setParameter(2, incident[0]).setParameter(3, incident[1])
                .setParameter(4, due.type().name()).setParameter(5, due.rule().name()).setParameter(6, due.years())
                .setParameter(7, java.sql.Date.valueOf(due.dueOn()))
                .setParameter(8, LocalDateTime.now(clock)).executeUpdate();
    }
}
