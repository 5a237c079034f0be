package org.safecase.oversight.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.ConflictException;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * R-X-5 (issue #15 item 5), the retention page's boundary: the records due (reference, kind, rule,
 * due date; never content) that the caller may confirm ({@link Authorisation#mayDestroyRecord}),
 * destruction of one record now or of all due in a background run, legal holds, and the log.
 * Every confirmation, hold and release is audited with the case reference.
 */
@ApplicationScoped
public class Retention {
    static final int REASON_MAX = 500;
    /** The furthest a review may put off the next one: a record is reviewed again at least this often. */
    static final int REVIEW_AGAIN_MAX_YEARS = 10;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    AuditTrail audit;
    @Inject
    CaseDestruction destruction;
    @Inject
    DestructionRuns runs;
    @Inject
    Clock clock;

    /** Whether the caller keeps legal holds (the page shows that part to LA admins only). */
    public boolean mayHold(Caller caller) {
        return authorisation.mayHoldRecords(caller);
    }

    /** Today in the schools' time zone: a record is due from its due date on. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The records due (today or earlier) that the caller may confirm, how many in all. */
    @Transactional
    public long dueCount(Caller caller) {
        authorisation.requireMayReviewRetention(caller);
        Scope scope = scope(caller);
        return ((Number) scope.bind(em.createNativeQuery("SELECT COUNT(*)" + ScheduledCase.FROM + "WHERE "
                + scope.where + " AND s.due_on <= ?"), today()).getSingleResult()).longValue();
    }

    /** A page of the records due, longest due first. */
    @Transactional
    public List<DueRecord> due(Caller caller, int first, int size) {
        authorisation.requireMayReviewRetention(caller);
        Scope scope = scope(caller);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("SELECT s.case_reference, sc.name, s.record_type, "
                + "s.rule_applied, s.rule_years, s.due_on, EXISTS (SELECT 1 FROM legal_hold h WHERE h.incident_id = "
                + "s.incident_id AND h.lifted_at IS NULL), s.queued_run IS NOT NULL" + ScheduledCase.FROM + "WHERE "
                + scope.where + " AND s.due_on <= ? ORDER BY s.due_on, s.incident_id LIMIT ? OFFSET ?"), today(),
                size, first).getResultList();
        return rows.stream().map(row -> new DueRecord((String) row[0], (String) row[1], RecordType.valueOf((String) row[2]),
                RetentionRule.valueOf((String) row[3]), ((Number) row[4]).intValue(), Rows.date(row[5]),
                Rows.flag(row[6]), Rows.flag(row[7]))).toList();
    }

    /**
     * Destroys one record due now, in one transaction: refused in words when it is not yet due,
     * on legal hold, or already in a run; not found when the caller may not confirm it.
     */
    @Transactional
    public void confirm(Caller caller, String reference) {
        authorisation.requireMayReviewRetention(caller);
        ScheduledCase schedule = lockedSchedule(caller, reference);
        if (schedule.dueOn().isAfter(today())) {
            throw new ConflictException("refusal.retention.notDue", reference);
        }
        if (onHold(schedule.incidentId())) {
            throw new ConflictException("refusal.retention.onHold", reference);
        }
        audit.record(caller.userId(), schedule.schoolId(), AuditAction.RETENTION_DESTRUCTION_CONFIRMED, reference);
        destruction.destroy(schedule, caller.userId(), null);
    }

    /**
     * R-X-5, the DSL review: a record due is kept, to be reviewed again on {@code reviewAgainOn}
     * (after today, at most {@link #REVIEW_AGAIN_MAX_YEARS} years ahead), for a reason kept with the
     * case. Its due date moves to that day; the rule that first set it stays. Refused in words when
     * it is not yet due or already in a destruction run; not found when the caller may not confirm it.
     */
    @Transactional
    public void keepForReview(Caller caller, String reference, LocalDate reviewAgainOn, String reason) {
        authorisation.requireMayReviewRetention(caller);
        String why = reason(reason, "reviewReason");
        LocalDate today = today();
        if (reviewAgainOn == null) {
            throw new InvalidInputException(List.of(new FieldProblem("reviewAgainOn", "retention.problem.reviewDateMissing")));
        }
        if (!reviewAgainOn.isAfter(today) || reviewAgainOn.isAfter(today.plusYears(REVIEW_AGAIN_MAX_YEARS))) {
            throw new InvalidInputException(List.of(new FieldProblem("reviewAgainOn", "retention.problem.reviewDateRange",
                    REVIEW_AGAIN_MAX_YEARS)));
        }
        ScheduledCase schedule = lockedSchedule(caller, reference);
        if (schedule.dueOn().isAfter(today)) {
            throw new ConflictException("refusal.retention.notDue", reference);
        }
        int moved = em.createNativeQuery("UPDATE retention_schedule SET due_on = ?, listed_on = NULL "
                        + "WHERE incident_id = ? AND queued_run IS NULL").setParameter(1, java.sql.Date.valueOf(reviewAgainOn))
                .setParameter(2, schedule.incidentId()).executeUpdate();
        if (moved == 0) {
            throw new ConflictException("refusal.retention.queued", reference);
        }
        em.createNativeQuery("INSERT INTO retention_review (incident_id, case_reference, reviewed_by, reviewed_at, "
                        + "was_due_on, review_again_on, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, schedule.incidentId()).setParameter(2, schedule.reference()).setParameter(3, caller.userId())
                .setParameter(4, LocalDateTime.now(clock)).setParameter(5, java.sql.Date.valueOf(schedule.dueOn()))
                .setParameter(6, java.sql.Date.valueOf(reviewAgainOn)).setParameter(7, why).executeUpdate();
        audit.record(caller.userId(), schedule.schoolId(), AuditAction.RETENTION_REVIEW_DEFERRED, schedule.reference());
    }

    /**
     * Confirms every record due that the caller may confirm and is not on hold, to be destroyed
     * case by case in the background; @return the run's progress (nothing to do: null).
     */
    public DestructionProgress confirmAllDue(Caller caller) {
        authorisation.requireMayReviewRetention(caller);
        Scope scope = scope(caller);
        DestructionProgress run = runs.queue(caller, scope.where, scope.parameter, today());
        if (run != null) {
            runs.startInBackground(run.id());
        }
        return run;
    }

    /** The caller's latest destruction run, or null. */
    @Transactional
    public DestructionProgress latestRun(Caller caller) {
        authorisation.requireMayReviewRetention(caller);
        return runs.latestOf(caller.userId());
    }

    /** Sets a legal hold: the case cannot be destroyed until an LA admin lifts it. */
    @Transactional
    public void hold(Caller caller, String reference, String reason) {
        authorisation.requireMayHoldRecords(caller);
        String why = reason(reason);
        Object[] incident = lockedIncident(caller, reference);
        long id = Rows.number(incident[0]);
        if (onHold(id)) {
            throw new ConflictException("refusal.retention.alreadyOnHold", reference);
        }
        em.createNativeQuery("INSERT INTO legal_hold (incident_id, case_reference, reason, set_by, set_at) "
                        + "VALUES (?, ?, ?, ?, ?)").setParameter(1, id).setParameter(2, incident[1]).setParameter(3, why)
                .setParameter(4, caller.userId()).setParameter(5, LocalDateTime.now(clock)).executeUpdate();
        audit.record(caller.userId(), Rows.number(incident[2]), AuditAction.LEGAL_HOLD_SET, (String) incident[1]);
    }

    /** Lifts the case's legal hold, with the reason it ends. */
    @Transactional
    public void lift(Caller caller, String reference, String reason) {
        authorisation.requireMayHoldRecords(caller);
        String why = reason(reason);
        Object[] incident = lockedIncident(caller, reference);
        int lifted = em.createNativeQuery("UPDATE legal_hold SET lifted_by = ?, lifted_at = ?, lift_reason = ? "
                        + "WHERE incident_id = ? AND lifted_at IS NULL").setParameter(1, caller.userId())
                .setParameter(2, LocalDateTime.now(clock)).setParameter(3, why)
                .setParameter(4, Rows.number(incident[0])).executeUpdate();
        if (lifted == 0) {
            throw new ConflictException("refusal.retention.notOnHold", reference);
        }
        audit.record(caller.userId(), Rows.number(incident[2]), AuditAction.LEGAL_HOLD_LIFTED, (String) incident[1]);
    }

    /** The legal holds in force on the LA admin's records, newest first. */
    @Transactional
    public List<HeldRecord> holds(Caller caller, int max) {
        authorisation.requireMayHoldRecords(caller);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT h.case_reference, h.reason, h.set_at FROM legal_hold h "
                        + "JOIN incident i ON i.id = h.incident_id JOIN school sc ON sc.id = i.school_id "
                        + "WHERE h.lifted_at IS NULL AND sc.local_authority_id = ? ORDER BY h.set_at DESC, h.id DESC LIMIT ?")
                .setParameter(1, caller.localAuthorityId()).setParameter(2, max).getResultList();
        return rows.stream().map(row -> new HeldRecord((String) row[0], (String) row[1], Rows.time(row[2]))).toList();
    }

    /** The latest lines of the destruction log the caller may read (as the due list), newest first. */
    @Transactional
    public List<DestroyedRecord> destroyed(Caller caller, int max) {
        authorisation.requireMayReviewRetention(caller);
        Scope scope = scope(caller);
        String where = scope.where.replace("s.", "d.");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("SELECT d.case_reference, d.record_type, d.rule_applied, "
                        + "d.rule_years, d.due_on, d.destroyed_at, u.username FROM destruction_log d "
                        + "JOIN school sc ON sc.id = d.school_id LEFT JOIN app_user u ON u.id = d.destroyed_by WHERE "
                        + where + " ORDER BY d.destroyed_at DESC, d.id DESC LIMIT ?"), max).getResultList();
        return rows.stream().map(row -> new DestroyedRecord((String) row[0], RecordType.valueOf((String) row[1]),
                RetentionRule.valueOf((String) row[2]), ((Number) row[3]).intValue(), Rows.date(row[4]),
                Rows.time(row[5]), (String) row[6])).toList();
    }

    private ScheduledCase lockedSchedule(Caller caller, String reference) {
        return schedule(caller, reference, true);
    }

    private ScheduledCase schedule(Caller caller, String reference, boolean lock) {
        if (lock) {
            // The incident row is the lock a legal hold takes too: a hold and a destruction never cross.
            em.createNativeQuery("SELECT id FROM incident WHERE reference = ? FOR UPDATE").setParameter(1, reference)
                    .getResultList();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + ScheduledCase.COLUMNS + ScheduledCase.FROM
                + "WHERE s.case_reference = ?").setParameter(1, reference).getResultList();
        ScheduledCase schedule = rows.stream().map(ScheduledCase::of).findFirst()
                .orElseThrow(() -> new NotFoundException("notFound.retention.record"));
        if (!authorisation.mayDestroyRecord(caller, schedule.schoolId(), schedule.localAuthorityId(),
                schedule.type() == RecordType.CHILD_PROTECTION)) {
            throw new NotFoundException("notFound.retention.record");
        }
        return schedule;
    }

    /** The case (id, reference, school) of the LA admin's local authority, its row locked; else not found. */
    private Object[] lockedIncident(Caller caller, String reference) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, i.reference, i.school_id FROM incident i "
                        + "JOIN school sc ON sc.id = i.school_id WHERE i.reference = ? AND sc.local_authority_id = ? FOR UPDATE")
                .setParameter(1, reference == null ? "" : reference.strip())
                .setParameter(2, caller.localAuthorityId()).getResultList();
        return rows.stream().findFirst().orElseThrow(() -> new NotFoundException("notFound.retention.case"));
    }

    boolean onHold(long incidentId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM legal_hold WHERE incident_id = ? AND lifted_at IS NULL")
                .setParameter(1, incidentId).getSingleResult()).longValue() > 0;
    }

    private static String reason(String reason) {
        return reason(reason, "reason");
    }

    /** The reason given, stripped; missing or too long is a problem of {@code field}. */
    private static String reason(String reason, String field) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "retention.problem.reasonMissing")));
        }
        if (why.length() > REASON_MAX) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "retention.problem.reasonTooLong", REASON_MAX)));
        }
        return why;
    }

    /** Which schedule rows the caller sees: an LA admin's local authority's, or a DSL's school's child-protection ones. */
    private Scope scope(Caller caller) {
        if (authorisation.mayHoldRecords(caller)) {
            return new Scope("sc.local_authority_id = ?", caller.localAuthorityId());
        }
        return new Scope("s.school_id = ? AND s.record_type = '" + RecordType.CHILD_PROTECTION.name() + "'",
                caller.schoolId());
    }

    /** A where clause with its one parameter, bound first. */
    record Scope(String where, Long parameter) {
        jakarta.persistence.Query bind(jakarta.persistence.Query query, Object... more) {
            query.setParameter(1, parameter);
            for (int i = 0; i < more.length; i++) {
                query.setParameter(i + 2, more[i] instanceof LocalDate day ? java.sql.Date.valueOf(day) : more[i]);
            }
            return query;
        }
    }
}
