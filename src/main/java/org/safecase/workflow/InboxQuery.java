package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.safecase.identity.TaskScope;
import org.safecase.platform.ClockProducer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inbox read off {@code inbox_task_audience}, paged, filtered and ordered in the database:
 * urgent first, then by deadline (overdue ones are due soonest), then tasks without one, then
 * the oldest. A caller's tasks are those offered to their groups (claimed or not) and those they
 * hold; each audience's rows are read in index order and merged, so a page costs the same
 * whatever the size of the LA.
 */
@ApplicationScoped
class InboxQuery {
    static final String ORDER = "urgent_rank, no_due, due_at, created_at, task_id";

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;

    /** Task ids of one page, in inbox order. */
    @SuppressWarnings("unchecked")
    List<String> page(TaskScope scope, InboxFilter filter, int first, int size) {
        List<String> audiences = audiences(scope, filter);
        if (audiences.isEmpty()) {
            return List.of();
        }
        Conditions conditions = conditions(scope, filter);
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (audiences.size() == 1) {
            sql.append("SELECT task_id FROM inbox_task_audience WHERE audience = ?").append(conditions.sql)
                    .append(" ORDER BY ").append(ORDER).append(" LIMIT ? OFFSET ?");
            parameters.add(audiences.get(0));
            parameters.addAll(conditions.parameters);
        } else {
            sql.append("SELECT task_id FROM (");
            for (int i = 0; i < audiences.size(); i++) {
                sql.append(i == 0 ? "" : " UNION ").append("(SELECT task_id, urgent_rank, no_due, due_at, created_at "
                        + "FROM inbox_task_audience WHERE audience = ?").append(conditions.sql).append(" ORDER BY ")
                        .append(ORDER).append(" LIMIT ?)");
                parameters.add(audiences.get(i));
                parameters.addAll(conditions.parameters);
                parameters.add(first + size);
            }
            sql.append(") seen ORDER BY ").append(ORDER).append(" LIMIT ? OFFSET ?");
        }
        parameters.add(size);
        parameters.add(first);
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((List<Object>) query.getResultList()).stream().map(String::valueOf).toList();
    }

    long count(TaskScope scope, InboxFilter filter) {
        List<String> audiences = audiences(scope, filter);
        if (audiences.isEmpty()) {
            return 0;
        }
        Conditions conditions = conditions(scope, filter);
        var query = em.createNativeQuery("SELECT COUNT(DISTINCT task_id) FROM inbox_task_audience WHERE audience IN ("
                + String.join(", ", java.util.Collections.nCopies(audiences.size(), "?")) + ")" + conditions.sql);
        int p = 1;
        for (String audience : audiences) {
            query.setParameter(p++, audience);
        }
        for (Object parameter : conditions.parameters) {
            query.setParameter(p++, parameter);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Whether the caller may see the task: it is offered to one of their groups or held by them. */
    boolean visible(TaskScope scope, String taskId) {
        List<String> audiences = audiences(scope, InboxFilter.NONE);
        if (audiences.isEmpty()) {
            return false;
        }
        var query = em.createNativeQuery("SELECT COUNT(*) FROM inbox_task_audience WHERE task_id = ? AND audience IN ("
                + String.join(", ", java.util.Collections.nCopies(audiences.size(), "?")) + ")");
        query.setParameter(1, taskId);
        for (int i = 0; i < audiences.size(); i++) {
            query.setParameter(i + 2, audiences.get(i));
        }
        return ((Number) query.getSingleResult()).longValue() > 0;
    }

    /** The first open task of the case, in inbox order, that the caller holds or nobody does. */
    @SuppressWarnings("unchecked")
    java.util.Optional<String> nextFor(TaskScope scope, String caseReference) {
        List<String> audiences = audiences(scope, InboxFilter.NONE);
        if (audiences.isEmpty()) {
            return java.util.Optional.empty();
        }
        var query = em.createNativeQuery("SELECT task_id FROM inbox_task_audience WHERE audience IN ("
                + String.join(", ", java.util.Collections.nCopies(audiences.size(), "?")) + ") AND case_reference = ? "
                + "AND suspended = 0 AND (assignee IS NULL OR assignee = ?) ORDER BY " + ORDER + " LIMIT 1");
        int p = 1;
        for (String audience : audiences) {
            query.setParameter(p++, audience);
        }
        query.setParameter(p++, caseReference);
        query.setParameter(p, scope.userId());
        return ((List<Object>) query.getResultList()).stream().findFirst().map(String::valueOf);
    }

    /** The rows of the given tasks, by id. */
    @SuppressWarnings("unchecked")
    Map<String, Object[]> rows(List<String> taskIds) {
        Map<String, Object[]> rows = new HashMap<>();
        if (taskIds.isEmpty()) {
            return rows;
        }
        var query = em.createNativeQuery("SELECT task_id, name, task_key, case_reference, created_at, due_at, assignee, "
                + "urgent, category, school_id, candidate_groups, process_key FROM inbox_task WHERE task_id IN ("
                + String.join(", ", java.util.Collections.nCopies(taskIds.size(), "?")) + ")");
        for (int i = 0; i < taskIds.size(); i++) {
            query.setParameter(i + 1, taskIds.get(i));
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            rows.put(String.valueOf(row[0]), row);
        }
        return rows;
    }

    private static List<String> audiences(TaskScope scope, InboxFilter filter) {
        Set<String> audiences = new LinkedHashSet<>();
        if (filter.claim() != InboxFilter.Claim.MINE) {
            audiences.addAll(scope.candidateGroups());
        }
        if (scope.userId() != null) {
            audiences.add(scope.userId());
        }
        return List.copyOf(audiences);
    }

    private Conditions conditions(TaskScope scope, InboxFilter filter) {
        Conditions c = new Conditions();
        c.add(" AND suspended = 0");
        if (filter.urgentOnly()) {
            c.add(" AND urgent_rank = 0");
        }
        Instant now = clock.instant();
        if (filter.overdueOnly()) {
            c.add(" AND no_due = 0 AND due_at < ?", Timestamp.from(now));
        }
        if (filter.dueThisWeek()) {
            LocalDate nextMonday = LocalDate.ofInstant(now, ClockProducer.SCHOOL_ZONE)
                    .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            c.add(" AND no_due = 0 AND due_at < ?",
                    Timestamp.from(nextMonday.atStartOfDay(ClockProducer.SCHOOL_ZONE).toInstant()));
        }
        switch (filter.claim()) {
            case MINE -> c.add(" AND assignee = ?", scope.userId());
            case UNCLAIMED -> c.add(" AND assignee IS NULL");
            default -> { }
        }
        if (filter.category() != null) {
            c.add(" AND category = ?", filter.category());
        }
        if (filter.schoolId() != null) {
            c.add(" AND school_id = ?", filter.schoolId());
        }
        if (filter.reference() != null) {
            c.add(" AND case_reference LIKE ? ESCAPE '!'", "%" + filter.reference().replace("!", "!!")
                    .replace("%", "!%").replace("_", "!_") + "%");
        }
        return c;
    }

    private static final class Conditions {
        final StringBuilder sql = new StringBuilder();
        final List<Object> parameters = new ArrayList<>();

        void add(String condition, Object... values) {
            sql.append(condition);
            parameters.addAll(List.of(values));
        }

        @Override
        public String toString() {
            return sql.toString();
        }
    }
}
