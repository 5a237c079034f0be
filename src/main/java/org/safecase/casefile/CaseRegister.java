package org.safecase.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.CaseFacts;
import org.safecase.identity.CaseListScope;
import org.safecase.identity.Caller;
import org.safecase.identity.Schools;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The case register: the cases a caller may list ({@link Authorisation#listScope}), searched and
 * paged in the database, newest first, and exported as CSV. Rows are {@link CaseSummary} only
 * (reference, category, status, time of report): never what happened, never who.
 * <p>
 * R-SX-1: asked for a child-protection case by its exact reference, a caller who may not list it
 * gets the same empty answer as for a reference that does not exist, and the attempt is audited;
 * part of a reference, or what a report names, is searched within the caller's scope only.
 * R-X-3: each export is audited before its first row leaves.
 */
@ApplicationScoped
@Transactional
public class CaseRegister {
    static final int MAX_PAGE = 100;
    static final int EXPORT_PAGE = 500;
    static final String EXPORT_SUBJECT = "cases-export";
    static final String SEARCH_SUBJECT = "cases-search";
    private static final String ROW = "select i.id, i.reference, i.category, i.status, i.reportedAt from Incident i";

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    org.safecase.platform.Messages messages;
    @Inject
    Authorisation authorisation;
    @Inject
    AuditTrail audit;
    @Inject
    Schools schools;

    /** One page ({@code size} at most {@value #MAX_PAGE}) and the number of all matching cases. */
    public CaseList search(Caller caller, CaseSearch search, int first, int size) {
        List<CaseSummary> page = page(caller, search, first, size);
        return new CaseList(page, count(caller, search));
    }

    /** One page of the matching cases, newest first; a refused child-protection reference is audited (R-SX-1). */
    public List<CaseSummary> page(Caller caller, CaseSearch search, int first, int size) {
        CaseListScope scope = authorisation.listScope(caller);
        if (refusedChildProtectionCase(caller, scope, search) || scope.coversNothing()) {
            return List.of();
        }
        // Issue #15 item 1: every list and search is audited; the subject is the reference asked
        // for, or only that a search was made (what was searched for may name someone).
        audit.record(caller.userId(), caller.schoolId(), AuditAction.CASES_LISTED,
                search.wholeReference() ? search.reference() : SEARCH_SUBJECT);
        return rows(CaseQuery.of(scope, search), Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE)))
                .stream().map(Row::summary).toList();
    }

    /** How many cases match; for the paginator, so it never audits (the page does). */
    public long count(Caller caller, CaseSearch search) {
        CaseListScope scope = authorisation.listScope(caller);
        if (scope.coversNothing()) {
            return 0;
        }
        CaseQuery query = CaseQuery.of(scope, search);
        TypedQuery<Long> count = em.createQuery("select count(i) from Incident i" + query.where(), Long.class);
        query.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * Writes every matching case as CSV ({@link CaseCsv}), newest first, {@value #EXPORT_PAGE} rows
     * at a time, each page continuing after the last row written (never all rows in memory, and
     * no offset that grows with ten years of records). Audited first, in its own transaction.
     */
    public void export(Caller caller, CaseSearch search, Writer out) throws IOException {
        audit.recordBeforehand(caller.userId(), caller.schoolId(), AuditAction.CASES_EXPORTED, EXPORT_SUBJECT);
        out.write(CaseCsv.header(messages));
        CaseListScope scope = authorisation.listScope(caller);
        if (!refusedChildProtectionCase(caller, scope, search) && !scope.coversNothing()) {
            CaseQuery query = CaseQuery.of(scope, search);
            List<Row> rows = rows(query, 0, EXPORT_PAGE);
            while (!rows.isEmpty()) {
                for (Row row : rows) {
                    out.write(CaseCsv.line(row.summary(), messages));
                }
                Row last = rows.get(rows.size() - 1);
                rows = rows.size() < EXPORT_PAGE ? List.of() : rows(query.after(last.reportedAt(), last.id()), 0, EXPORT_PAGE);
            }
        }
        out.flush();
    }

    private List<Row> rows(CaseQuery query, int first, int size) {
        TypedQuery<Object[]> rows = em.createQuery(ROW + query.where() + CaseQuery.ORDER, Object[].class);
        query.parameters().forEach(rows::setParameter);
        return rows.setFirstResult(first).setMaxResults(size).getResultStream()
                .map(r -> new Row((Long) r[0], (String) r[1], (IncidentCategory) r[2], (CaseStatus) r[3],
                        (LocalDateTime) r[4]))
                .toList();
    }

    private boolean refusedChildProtectionCase(Caller caller, CaseListScope scope, CaseSearch search) {
        if (!search.wholeReference()) {
            return false;
        }
        Incident incident = em.createQuery("select i from Incident i where i.reference = :reference", Incident.class)
                .setParameter("reference", search.reference())
                .getResultStream().findFirst().orElse(null);
        if (incident == null || !incident.getCategory().isChildProtection()) {
            return false;
        }
        Long localAuthorityId = schools.facts(incident.getSchoolId()).localAuthorityId();
        if (scope.covers(new CaseFacts(incident.getSchoolId(), localAuthorityId, incident.getReporterId(),
                true, incident.isHandedToHr()))) {
            return false;
        }
        audit.recordRefusal(caller.userId(), incident.getSchoolId(), incident.getReference());
        return true;
    }

    private record Row(Long id, String reference, IncidentCategory category, CaseStatus status,
                       LocalDateTime reportedAt) {
        CaseSummary summary() {
            return new CaseSummary(reference, category, status, reportedAt);
        }
    }
}
