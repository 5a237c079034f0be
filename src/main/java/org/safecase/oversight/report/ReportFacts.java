package org.safecase.oversight.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.safecase.casefile.IncidentCategory;
import org.safecase.identity.Nation;
import org.safecase.identity.SchoolFacts;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Reads the facts of a year's cases from the case record in our own tables (issue #8's record
 * tables, V13): never their text, never Flowable's history. One query for the cases and one for
 * each kind of removal request, for one school or every school of a local authority; each walks
 * {@code incident (school_id, reported_at)} and the record tables' {@code (incident_id, ...)}
 * indexes, and the open tasks by {@code inbox_task (case_reference, due_at)} (V33).
 */
@ApplicationScoped
class ReportFacts {
    /** The cases' school: one school, or every school of a local authority. */
    static final String ONE_SCHOOL = "i.school_id = ?1";
    static final String LOCAL_AUTHORITY = "i.school_id IN (SELECT s.id FROM school s WHERE s.local_authority_id = ?1)";

    @PersistenceContext(unitName = "safecase")
    EntityManager em;

    List<ReportedCase> casesOfSchool(long schoolId, SchoolYear year, LocalDateTime now) {
        return cases(ONE_SCHOOL, schoolId, year, now);
    }

    List<ReportedCase> casesOfLocalAuthority(long localAuthorityId, SchoolYear year, LocalDateTime now) {
        return cases(LOCAL_AUTHORITY, localAuthorityId, year, now);
    }

    List<RemovalAttempt> attemptsOfSchool(long schoolId, SchoolYear year) {
        return attempts(ONE_SCHOOL, schoolId, year);
    }

    List<RemovalAttempt> attemptsOfLocalAuthority(long localAuthorityId, SchoolYear year) {
        return attempts(LOCAL_AUTHORITY, localAuthorityId, year);
    }

    /**
     * First response: the earliest completed triage (the lead's) or initial review (the DSL's) of
     * the case, whichever came first (a case re-categorised as child protection may have both).
     * Satisfaction: "no answer" if the deadline passed unanswered, else the latest answer given.
     */
    private List<ReportedCase> cases(String where, long scope, SchoolYear year, LocalDateTime now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(casesQuery(where))
                .setParameter(1, scope)
                .setParameter(2, Timestamp.valueOf(year.firstDay().atStartOfDay()))
                .setParameter(3, Timestamp.valueOf(year.end()))
                .setParameter(4, Timestamp.valueOf(now))
                .getResultList();
        return rows.stream().map(ReportFacts::reportedCase).toList();
    }

    /**
     * The cases of a year with what the report needs of each, for {@code where} ({@link #ONE_SCHOOL}
     * or {@link #LOCAL_AUTHORITY}); parameters: ?1 the school or authority, ?2 and ?3 the year's
     * bounds, ?4 now (tasks overdue). Also what {@code DashboardBench} measures. The index is named:
     * left to itself, MariaDB 10.11 read each school's cases of every year by (school_id,
     * handed_to_hr) and filtered the dates row by row (LA dashboard at 500 schools, ten years: 3.6 s
     * against 2.6 s with the index that holds reported_at after school_id).
     */
    static String casesQuery(String where) {
        return """
                SELECT i.school_id, i.category, i.reported_at, i.closed_at,
                       (SELECT MIN(t.recorded_at) FROM triage_record t WHERE t.incident_id = i.id),
                       (SELECT MIN(r.recorded_at) FROM initial_review r WHERE r.incident_id = i.id),
                       (SELECT s.satisfied FROM satisfaction_record s WHERE s.incident_id = i.id AND s.satisfied IS NOT NULL
                         ORDER BY s.recorded_at DESC, s.id DESC LIMIT 1),
                       EXISTS (SELECT 1 FROM satisfaction_record s WHERE s.incident_id = i.id AND s.no_answer),
                       EXISTS (SELECT 1 FROM police_referral p WHERE p.incident_id = i.id AND p.police_involved),
                       EXISTS (SELECT 1 FROM agency_referral a WHERE a.incident_id = i.id),
                       EXISTS (SELECT 1 FROM school_handling h WHERE h.incident_id = i.id),
                       (SELECT COUNT(*) FROM escalation_record e WHERE e.incident_id = i.id),
                       (SELECT COUNT(*) FROM inbox_task k WHERE k.case_reference = i.reference AND k.due_at < ?4)
                FROM incident i FORCE INDEX (ix_incident_school_listed)
                WHERE %s AND i.reported_at >= ?2 AND i.reported_at < ?3""".formatted(where);
    }

    /** A row of {@link #casesQuery} as the figures take it. */
    static ReportedCase reportedCase(Object[] row) {
        return new ReportedCase(((Number) row[0]).longValue(),
                IncidentCategory.valueOf((String) row[1]), moment(row[2]), earlier(moment(row[4]), moment(row[5])),
                moment(row[3]), flagOrNull(row[6]), flag(row[7]), flag(row[8]), flag(row[9]), flag(row[10]),
                ((Number) row[11]).intValue(), ((Number) row[12]).intValue());
    }

    private static LocalDateTime earlier(LocalDateTime one, LocalDateTime other) {
        if (one == null || other == null) {
            return one == null ? other : one;
        }
        return one.isBefore(other) ? one : other;
    }

    private List<RemovalAttempt> attempts(String where, long scope, SchoolYear year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT i.school_id, FALSE, r.asked_on, r.answer, r.answered_on
                FROM removal_request r JOIN incident i ON i.id = r.incident_id
                WHERE %1$s AND i.reported_at >= ?2 AND i.reported_at < ?3 AND r.asked_on IS NOT NULL
                UNION ALL
                SELECT i.school_id, TRUE, p.sent_on, p.status, p.decided_on
                FROM provider_report p JOIN incident i ON i.id = p.incident_id
                WHERE %1$s AND i.reported_at >= ?2 AND i.reported_at < ?3 AND p.sent_on IS NOT NULL""".formatted(where))
                .setParameter(1, scope)
                .setParameter(2, Timestamp.valueOf(year.firstDay().atStartOfDay()))
                .setParameter(3, Timestamp.valueOf(year.end()))
                .getResultList();
        return rows.stream().map(row -> new RemovalAttempt(((Number) row[0]).longValue(), flag(row[1]), day(row[2]),
                (String) row[3], day(row[4]))).toList();
    }

    private static LocalDateTime moment(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof LocalDateTime local) {
            return local;
        }
        return Timestamp.valueOf(value.toString()).toLocalDateTime();
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return value instanceof LocalDate local ? local : LocalDate.parse(value.toString());
    }

    private static boolean flag(Object value) {
        return Boolean.TRUE.equals(flagOrNull(value));
    }

    private static Boolean flagOrNull(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        return ((Number) value).intValue() != 0;
    }

    /** The schools of a local authority in name order, with what their calendars need. */
    List<SchoolFacts> schoolsOf(long localAuthorityId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.id, s.name, s.nation, s.day_starts, s.day_ends FROM school s
                WHERE s.local_authority_id = ?1 ORDER BY s.name, s.id""")
                .setParameter(1, localAuthorityId).getResultList();
        return rows.stream().map(row -> new SchoolFacts(((Number) row[0]).longValue(), localAuthorityId, (String) row[1],
                Nation.valueOf((String) row[2]), time(row[3]), time(row[4]))).toList();
    }

    private static LocalTime time(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Time time ? time.toLocalTime() : LocalTime.parse(value.toString());
    }
}
