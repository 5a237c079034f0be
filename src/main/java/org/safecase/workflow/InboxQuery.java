package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.safecase.identity.TaskScope;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the inbox's SQL ({@link InboxSql}) over the read model: a caller's tasks are those offered
 * to their groups (claimed or not) and those they hold, paged, filtered and ordered in the database.
 */
@ApplicationScoped
class InboxQuery {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;

    /** Task ids of one page, in inbox order. */
    @SuppressWarnings("unchecked")
    List<String> page(TaskScope scope, InboxFilter filter, int first, int size) {
        if (InboxSql.audiences(scope, filter).isEmpty()) {
            return List.of();
        }
        return ((List<Object>) query(InboxSql.page(scope, filter, clock.instant(), first, size)).getResultList()).stream()
                .map(String::valueOf).toList();
    }

    long count(TaskScope scope, InboxFilter filter) {
        if (InboxSql.audiences(scope, filter).isEmpty()) {
            return 0;
        }
        return ((Number) query(InboxSql.count(scope, filter, clock.instant())).getSingleResult()).longValue();
    }

    /** Whether the caller may see the task: it is offered to one of their groups or held by them. */
    boolean visible(TaskScope scope, String taskId) {
        List<String> audiences = InboxSql.audiences(scope, InboxFilter.NONE);
        if (audiences.isEmpty()) {
            return false;
        }
        List<Object> parameters = new java.util.ArrayList<>(List.of(taskId));
        parameters.addAll(audiences);
        return ((Number) query(new InboxSql.Statement("SELECT COUNT(*) FROM inbox_task_audience WHERE task_id = ? "
                + "AND audience IN (" + InboxSql.placeholders(audiences.size()) + ")", parameters)).getSingleResult())
                .longValue() > 0;
    }

    /** The first open task of the case, in inbox order, that the caller holds or nobody does. */
    @SuppressWarnings("unchecked")
    Optional<String> nextFor(TaskScope scope, String caseReference) {
        List<String> audiences = InboxSql.audiences(scope, InboxFilter.NONE);
        if (audiences.isEmpty()) {
            return Optional.empty();
        }
        List<Object> parameters = new java.util.ArrayList<>(audiences);
        parameters.add(caseReference);
        parameters.add(scope.userId());
        return ((List<Object>) query(new InboxSql.Statement("SELECT task_id FROM inbox_task_audience WHERE audience IN ("
                + InboxSql.placeholders(audiences.size()) + ") AND case_reference = ? AND suspended = 0 "
                + "AND (assignee IS NULL OR assignee = ?) ORDER BY " + InboxSql.ORDER + " LIMIT 1", parameters))
                .getResultList()).stream().findFirst().map(String::valueOf);
    }

    /** The rows of the given tasks, by id. */
    @SuppressWarnings("unchecked")
    Map<String, Object[]> rows(List<String> taskIds) {
        Map<String, Object[]> rows = new HashMap<>();
        if (taskIds.isEmpty()) {
            return rows;
        }
        for (Object[] row : (List<Object[]>) query(InboxSql.rows(taskIds)).getResultList()) {
            rows.put(String.valueOf(row[0]), row);
        }
        return rows;
    }

    private jakarta.persistence.Query query(InboxSql.Statement statement) {
        var query = em.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query;
    }
}
