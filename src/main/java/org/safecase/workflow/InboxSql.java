package org.safecase.workflow;

import org.safecase.identity.TaskScope;
import org.safecase.platform.ClockProducer;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SQL of the inbox over {@code inbox_task_audience}, built in one place for the application
 * ({@link InboxQuery}) and for {@code bench/run.sh inbox}: each audience's rows read in index
 * order (urgent first, then by deadline, then without one, then oldest) and merged, so a page
 * costs the same whatever the size of the LA.
 */
public final class InboxSql {
    public static final String ORDER = "urgent_rank, no_due, due_at, created_at, task_id";

    /** A statement and its parameters, in order. */
    public record Statement(String sql, List<Object> parameters) {
    }

    private InboxSql() {
    }

    /** Whom the caller's tasks are offered to or held by: their groups and themselves. */
    public static List<String> audiences(TaskScope scope, InboxFilter filter) {
        Set<String> audiences = new LinkedHashSet<>();
        if (filter.claim() != InboxFilter.Claim.MINE) {
            audiences.addAll(scope.candidateGroups());
        }
        if (scope.userId() != null) {
            audiences.add(scope.userId());
        }
        return List.copyOf(audiences);
    }

    /** Task ids of one page, in inbox order. */
    public static Statement page(TaskScope scope, InboxFilter filter, Instant now, int first, int size) {
        List<String> audiences = audiences(scope, filter);
        Conditions conditions = conditions(scope, filter, now);
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
        return new Statement(sql.toString(), parameters);
    }

    /** How many tasks the filter leaves. */
    public static Statement count(TaskScope scope, InboxFilter filter, Instant now) {
        List<String> audiences = audiences(scope, filter);
        Conditions conditions = conditions(scope, filter, now);
        List<Object> parameters = new ArrayList<>(audiences);
        parameters.addAll(conditions.parameters);
        return new Statement("SELECT COUNT(DISTINCT task_id) FROM inbox_task_audience WHERE audience IN ("
                + placeholders(audiences.size()) + ")" + conditions.sql, parameters);
    }

    /** The rows the inbox shows, for a page's task ids. */
    public static Statement rows(List<String> taskIds) {
        return new Statement("SELECT task_id, name, task_key, case_reference, created_at, due_at, assignee, urgent, "
                + "category, school_id, candidate_groups, process_key FROM inbox_task WHERE task_id IN ("
                + placeholders(taskIds.size()) + ")", List.copyOf(taskIds));
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Conditions conditions(TaskScope scope, InboxFilter filter, Instant now) {
        Conditions c = new Conditions();
        c.add(" AND suspended = 0");
        if (filter.urgentOnly()) {
            c.add(" AND urgent_rank = 0");
        }
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
    }
}
