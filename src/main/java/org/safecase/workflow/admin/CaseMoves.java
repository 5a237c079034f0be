package org.safecase.workflow.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * Issue #14 item 6, for the case's timeline: the moves of a case to other versions of its model
 * (its main process's and those of the processes it called), oldest first. The caller has
 * already decided that its reader may see the case.
 */
@ApplicationScoped
public class CaseMoves {
    /** More moves than this of one case are not shown; a case is moved once per deployment at most. */
    static final int MAX_SHOWN = 100;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;

    public List<CaseMove> of(String caseReference) {
        return em.createQuery("select m from CaseMoveRecord m where m.caseReference = :reference order by m.movedAt, m.id",
                        CaseMoveRecord.class)
                .setParameter("reference", caseReference).setMaxResults(MAX_SHOWN).getResultStream()
                .map(move -> move.toMove(clock.getZone())).toList();
    }
}
