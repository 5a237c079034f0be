package org.safecase.oversight.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.NotAllowedException;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue #15 item 1 (R-X-3): LA admins search their own authority's audit trail, paged in the
 * database by the V30 indexes (each begins with the authority), and check its hash chain. Rows
 * say who, when, what, which school and the outcome; never case content. Every search and check
 * is itself audited; anyone else is refused in words, and the refusal is audited.
 */
@ApplicationScoped
@Transactional
public class AuditSearch {
    public static final int MAX_PAGE = 100;
    static final String SEARCH_SUBJECT = "audit";

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    AuditTrail audit;
    @Inject
    AuditSealing sealing;
    @Inject
    AuditChainCheck chainCheck;
    @Inject
    org.safecase.platform.DatabaseAccounts accounts;

    /** One page ({@code size} at most {@value #MAX_PAGE}), newest first, and the number of all matching rows. */
    public AuditPage search(Caller caller, AuditQuery query, int first, int size) {
        require(caller, SEARCH_SUBJECT);
        audit.record(caller.userId(), null, AuditAction.AUDIT_SEARCHED, SEARCH_SUBJECT);
        List<Object> parameters = new ArrayList<>();
        String where = where(caller, query, parameters);
        Query rows = em.createNativeQuery("SELECT e.id, e.occurred_at, e.actor_id, u.username, e.school_id, s.name, e.action, "
                + "e.subject, e.outcome FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id "
                + "LEFT JOIN school s ON s.id = e.school_id" + where + " ORDER BY e.occurred_at DESC, e.id DESC");
        bind(rows, parameters);
        List<AuditRow> found = new ArrayList<>();
        for (Object result : rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultList()) {
            Object[] r = (Object[]) result;
            found.add(new AuditRow(((Number) r[0]).longValue(), time(r[1]), number(r[2]), (String) r[3], number(r[4]),
                    (String) r[5], (String) r[6], (String) r[7], (String) r[8]));
        }
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM audit_event e" + where);
        bind(count, parameters);
        return new AuditPage(found, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Seals what is not sealed yet, then checks the caller's authority's chain (and the chain of
     * rows that belong to no authority), reporting each one's first broken link or that it holds.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ChainCheckResult checkChain(Caller caller) {
        require(caller, "audit-chain:" + caller.localAuthorityId());
        audit.recordBeforehand(caller.userId(), null, AuditAction.AUDIT_CHAIN_CHECKED, "audit-chain:" + caller.localAuthorityId());
        sealing.seal();
        return new ChainCheckResult(chainCheck.check(caller.localAuthorityId()), chainCheck.check(0), accounts.appendOnly());
    }

    public boolean mayUse(Caller caller) {
        return authorisation.maySearchAuditTrail(caller);
    }

    private void require(Caller caller, String subject) {
        try {
            authorisation.requireMaySearchAuditTrail(caller);
        } catch (NotAllowedException refused) {
            audit.recordRefusal(caller.userId(), caller.schoolId(), subject);
            throw refused;
        }
    }

    private static String where(Caller caller, AuditQuery query, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE e.local_authority_id = ?");
        parameters.add(caller.localAuthorityId());
        if (query.username() != null) {
            where.append(" AND e.actor_id = (SELECT id FROM app_user WHERE username = ?)");
            parameters.add(query.username());
        }
        if (query.schoolId() != null) {
            where.append(" AND e.school_id = ?");
            parameters.add(query.schoolId());
        }
        if (query.reference() != null) {
            where.append(" AND e.subject = ?");
            parameters.add(query.reference());
        }
        if (query.action() != null) {
            where.append(" AND e.action = ?");
            parameters.add(query.action().name());
        }
        if (query.from() != null) {
            where.append(" AND e.occurred_at >= ?");
            parameters.add(Timestamp.valueOf(query.from().atStartOfDay()));
        }
        if (query.to() != null) {
            where.append(" AND e.occurred_at < ?");
            parameters.add(Timestamp.valueOf(query.to().plusDays(1).atStartOfDay()));
        }
        return where.toString();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp stamp ? stamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
