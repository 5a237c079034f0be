package org.safecase.casefile;

import org.safecase.identity.CaseListScope;
import org.safecase.platform.LikePattern;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case register's JPQL condition: first the caller's {@link CaseListScope}, then the
 * criteria of a {@link CaseSearch}; values only ever as named parameters. Each part fits an
 * index of {@code V18__case_register_search.sql}: own school by {@code (school_id, category,
 * reported_at, status, reference)}, cases handed to HR by {@code (handed_to_hr, reported_at, ...)};
 * part of a reference is matched in that index, what the report names in the rows it leads to.
 */
final class CaseQuery {
    static final String ORDER = " order by i.reportedAt desc, i.id desc";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private CaseQuery() {
    }

    /** @throws IllegalArgumentException for a scope that covers nothing: such callers are answered without a query */
    static CaseQuery of(CaseListScope scope, CaseSearch search) {
        if (scope.coversNothing()) {
            throw new IllegalArgumentException("A scope that covers nothing needs no query");
        }
        CaseQuery query = new CaseQuery();
        List<String> parts = new ArrayList<>();
        if (scope.coversOwnSchool()) {
            query.parameters.put("school", scope.schoolId());
            if (scope.staffCases() && scope.childProtectionCases()) {
                parts.add("i.schoolId = :school");
            } else {
                query.parameters.put("schoolCategories", categories(scope.childProtectionCases()));
                parts.add("i.schoolId = :school and i.category in :schoolCategories");
            }
        }
        if (scope.coversHandedToHr()) {
            query.parameters.put("hrCategories", categories(false));
            query.parameters.put("hrLocalAuthority", scope.hrLocalAuthorityId());
            parts.add("i.handedToHr = true and i.category in :hrCategories and i.schoolId in "
                    + "(select s.id from School s where s.localAuthorityId = :hrLocalAuthority)");
        }
        query.conditions.add(parts.size() == 1 ? parts.get(0) : "(" + String.join(") or (", parts) + ")");
        if (search.wholeReference()) {
            query.add("i.reference = :reference", "reference", search.reference());
        } else if (search.reference() != null) {
            query.add("i.reference like :referencePart escape '!'", "referencePart", LikePattern.containing(search.reference()));
        }
        if (search.mention() != null) {
            query.add("i.mentions like :mention escape '!'", "mention", LikePattern.containing(search.mentionAsStored()));
        }
        if (search.category() != null) {
            query.add("i.category = :category", "category", search.category());
        }
        if (search.status() != null) {
            query.add("i.status = :status", "status", search.status());
        }
        if (search.reportedFrom() != null) {
            query.add("i.reportedAt >= :from", "from", search.reportedFrom().atStartOfDay());
        }
        if (search.reportedTo() != null) {
            query.add("i.reportedAt < :toExclusive", "toExclusive", search.reportedTo().plusDays(1).atStartOfDay());
        }
        return query;
    }

    /** The same condition, continued after the last row written (keyset paging for the export). */
    CaseQuery after(LocalDateTime reportedAt, Long id) {
        CaseQuery next = new CaseQuery();
        next.conditions.addAll(conditions);
        next.parameters.putAll(parameters);
        next.add("(i.reportedAt < :afterAt or (i.reportedAt = :afterAt and i.id < :afterId))", "afterAt", reportedAt);
        next.parameters.put("afterId", id);
        return next;
    }

    String where() {
        return " where (" + String.join(") and (", conditions) + ")";
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    private static List<IncidentCategory> categories(boolean childProtection) {
        return Arrays.stream(IncidentCategory.values()).filter(c -> c.isChildProtection() == childProtection).toList();
    }
}
