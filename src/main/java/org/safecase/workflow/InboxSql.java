package org.safecase.workflow;

import org.safecase.identity.TaskScope;
import org.safecase.platform.ClockProducer;
import org.safecase.platform.LikePattern;

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
    /** Counts stop one above this: more is shown as "more than 1,000". */
    public static final int COUNT_CAP = 1000;
    private static final java.util.regex.Pattern WHOLE_REFERENCE = java.util.regex.Pattern.compile("SC-\\d{4}-\\d{6,}");
    private static final java.util.regex.Pattern CASE_NUMBER = java.util.regex.Pattern.compile("\\d{6,}");

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
        String from = "FROM inbox_task_audience FORCE INDEX (" + pageIndex(filter) + ") WHERE audience = ?";
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (audiences.size() == 1) {
            sql.append("SELECT task_id ").append(from).append(conditions.sql)
                    .append(" ORDER BY ").append(ORDER).append(" LIMIT ? OFFSET ?");
            parameters.add(audiences.get(0));
            parameters.addAll(conditions.parameters);
        } else {
            sql.append("SELECT task_id FROM (");
            for (int i = 0; i < audiences.size(); i++) {
                sql.append(i == 0 ? "" : " UNION ").append("(SELECT task_id, urgent_rank, no_due, due_at, created_at ")
                        .append(from).append(conditions.sql).append(" ORDER BY ").append(ORDER).append(" LIMIT ?)");
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

    /**
     * How many tasks the filter leaves, counted up to {@value #COUNT_CAP} and one more: a count
     * above {@value #COUNT_CAP} is shown as "more than {@value #COUNT_CAP}" (LA HR may be offered
     * tens of thousands, and counting them all would cost as much as reading them).
     */
    public static Statement count(TaskScope scope, InboxFilter filter, Instant now) {
        List<String> audiences = audiences(scope, filter);
        Conditions conditions = conditions(scope, filter, now);
        List<Object> parameters = new ArrayList<>(audiences);
        parameters.addAll(conditions.parameters);
        parameters.add(COUNT_CAP + 1);
        return new Statement("SELECT COUNT(*) FROM (SELECT DISTINCT task_id FROM inbox_task_audience FORCE INDEX ("
                + countIndex(filter) + ") WHERE audience IN (" + placeholders(audiences.size()) + ")" + conditions.sql
                + " LIMIT ?) capped", parameters);
    }

    /**
     * The index each audience's page is read from: the one that starts with the filter's column
     * (reference, school or category), else the inbox's order. Named, because MariaDB's own
     * choice probes every index of the table first, which at LA volume costs more than the read.
     */
    static String pageIndex(InboxFilter filter) {
        if (filter.reference() != null) {
            return "inbox_by_reference";
        }
        if (filter.schoolId() != null) {
            return "inbox_by_school";
        }
        return filter.category() != null ? "inbox_by_category" : "inbox_order";
    }

    /** A count filtered on who holds the task reads the rows (the holder is in no narrower index), else as a page. */
    static String countIndex(InboxFilter filter) {
        return filter.claim() != InboxFilter.Claim.ANY && filter.reference() == null && filter.schoolId() == null
                && filter.category() == null ? "PRIMARY" : pageIndex(filter);
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
        // A deadline is read as a range of the index only if the rank before it is bounded too.
        String deadline = filter.urgentOnly() ? " AND no_due = 0 AND due_at < ?"
                : " AND urgent_rank IN (0, 1) AND no_due = 0 AND due_at < ?";
        if (filter.overdueOnly()) {
            c.add(deadline, Timestamp.from(now));
        }
        if (filter.dueThisWeek()) {
            LocalDate nextMonday = LocalDate.ofInstant(now, ClockProducer.SCHOOL_ZONE)
                    .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            c.add(filter.overdueOnly() ? " AND due_at < ?" : deadline,
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
            referenceCondition(filter.reference(), now, c);
        }
        return c;
    }

    /**
     * A whole reference is looked up; a case number alone ({@code 000042}: six digits or more, as
     * references are made) as that number in each year from {@link ClockProducer#FIRST_YEAR} to next year, so
     * both are read as points of {@code inbox_by_reference}; any other part of a reference is
     * searched for anywhere in it (which reads the audience's index entries, not its rows).
     */
    private static void referenceCondition(String reference, Instant now, Conditions c) {
        if (WHOLE_REFERENCE.matcher(reference).matches()) {
            c.add(" AND case_reference = ?", reference);
        } else if (CASE_NUMBER.matcher(reference).matches()) {
            int lastYear = LocalDate.ofInstant(now, ClockProducer.SCHOOL_ZONE).getYear() + 1;
            List<Object> references = new ArrayList<>();
            for (int year = ClockProducer.FIRST_YEAR; year <= lastYear; year++) {
                references.add("SC-" + year + "-" + reference);
            }
            c.add(" AND case_reference IN (" + placeholders(references.size()) + ")", references.toArray());
        } else {
            c.add(" AND case_reference LIKE ? ESCAPE '!'", LikePattern.containing(reference));
        }
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
