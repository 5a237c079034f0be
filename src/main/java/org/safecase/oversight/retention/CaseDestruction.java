package org.safecase.oversight.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.CaseDestroying;
import org.safecase.workflow.CaseProcessRemoval;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * R-X-5: destroys one case, in the caller's transaction: its processes in the engine (runtime and
 * history, called processes included), then every feature's rows of it ({@link CaseDestroying},
 * for tables this class does not know), then the case record's own tables, its evidence (files are
 * kept in {@code evidence_item}, so they go with their rows), its inbox and notification rows, its
 * moves, its retention rows and its incident row; then writes the destruction log. Audit rows stay
 * (references only; R-X-3). Anything failing rolls all of it back: a case is destroyed whole or not at all.
 */
@ApplicationScoped
class CaseDestruction {
    private static final Logger LOG = Logger.getLogger(CaseDestruction.class.getName());

    /** Tables of the case record keyed by {@code incident_id}, children before the rows they point at. */
    static final List<String> CASE_TABLES = List.of("triage_record", "school_procedure_record", "hr_handoff",
            "support_record", "outcome_record", "satisfaction_record", "escalation_record", "removal_request",
            "provider_report", "impersonation_complaint", "phone_network_report", "police_referral", "initial_review",
            "referral_decision", "agency_referral", "school_handling", "removal_help", "device_search",
            "sanctions_record", "closing_record", "viewing_record", "handling_review", "child_safeguarding_record",
            "evidence_item", "legal_hold", "retention_review", "retention_schedule");

    /** Tables that name a case by its reference (read models, notifications, moves, repeat submissions). */
    static final List<String> REFERENCE_TABLES = List.of("inbox_task_audience.case_reference",
            "inbox_task.case_reference", "task_notification.case_reference", "case_move.case_reference",
            "report_submission.reference");

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    CaseProcessRemoval processes;
    @Inject
    Event<CaseDestroying> destroying;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /**
     * @param schedule the case's schedule row, locked by the caller
     * @param confirmedBy the user who confirmed the destruction
     * @param runId the destruction run, or null for a single confirmation
     */
    void destroy(ScheduledCase schedule, long confirmedBy, Long runId) {
        long id = schedule.incidentId();
        String reference = schedule.reference();
        String processInstanceId = (String) em.createNativeQuery("SELECT process_instance_id FROM incident WHERE id = ?")
                .setParameter(1, id).getSingleResult();
        int removed = processes.removeCase(reference, processInstanceId);
        destroying.fire(new CaseDestroying(id, reference));
        em.createNativeQuery("DELETE a FROM step_answer a JOIN step_answer_record r ON r.id = a.record_id "
                + "WHERE r.incident_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM step_answer_record WHERE incident_id = ?").setParameter(1, id).executeUpdate();
        for (String table : CASE_TABLES) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE incident_id = ?").setParameter(1, id).executeUpdate();
        }
        for (String column : REFERENCE_TABLES) {
            String[] parts = column.split("\\.");
            em.createNativeQuery("DELETE FROM " + parts[0] + " WHERE " + parts[1] + " = ?").setParameter(1, reference)
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM incident WHERE id = ?").setParameter(1, id).executeUpdate();
        LocalDateTime now = LocalDateTime.now(clock);
        em.createNativeQuery("INSERT INTO destruction_log (case_reference, school_id, record_type, rule_applied, "
                        + "rule_years, due_on, destroyed_at, destroyed_by, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, reference).setParameter(2, schedule.schoolId()).setParameter(3, schedule.type().name())
                .setParameter(4, schedule.rule().name()).setParameter(5, schedule.years())
                .setParameter(6, java.sql.Date.valueOf(schedule.dueOn())).setParameter(7, now)
                .setParameter(8, confirmedBy).setParameter(9, runId).executeUpdate();
        audit.record(confirmedBy, schedule.schoolId(), AuditAction.CASE_DESTROYED, reference);
        LOG.info(() -> "Destroyed case " + reference + " (" + schedule.type() + ", " + removed
                + " process instances) under rule " + schedule.rule());
    }
}
