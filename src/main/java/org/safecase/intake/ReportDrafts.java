package org.safecase.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.identity.Caller;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** Keeps each reporter's unfinished report, visible to that reporter only. */
@ApplicationScoped
@Transactional
public class ReportDrafts {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;

    public Optional<IncidentReport> load(Caller caller) {
        return Optional.ofNullable(em.find(ReportDraft.class, caller.userId())).map(ReportDraft::report);
    }

    public void save(Caller caller, IncidentReport report) {
        ReportDraft draft = em.find(ReportDraft.class, caller.userId());
        if (draft == null) {
            draft = new ReportDraft(caller.userId());
            draft.keep(report, LocalDateTime.now(clock));
            em.persist(draft);
        } else {
            draft.keep(report, LocalDateTime.now(clock));
        }
    }

    public void discard(Caller caller) {
        ReportDraft draft = em.find(ReportDraft.class, caller.userId());
        if (draft != null) {
            em.remove(draft);
        }
    }
}
