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

    /** The reporter's draft and when it happened, as typed. */
    public record Kept(IncidentReport report, OccurredAtEntry occurredAt) {
    }

    public Optional<Kept> load(Caller caller) {
        return Optional.ofNullable(em.find(ReportDraft.class, caller.userId()))
                .map(draft -> new Kept(draft.report(), draft.occurredAtEntry()));
    }

    public void save(Caller caller, IncidentReport report, OccurredAtEntry occurredAt) {
        ReportDraft draft = em.find(ReportDraft.class, caller.userId());
        if (draft == null) {
            draft = new ReportDraft(caller.userId());
            draft.keep(report, occurredAt, LocalDateTime.now(clock));
            em.persist(draft);
            em.flush();
        } else {
            draft.keep(report, occurredAt, LocalDateTime.now(clock));
        }
    }

    public void discard(Caller caller) {
        ReportDraft draft = em.find(ReportDraft.class, caller.userId());
        if (draft != null) {
            em.remove(draft);
        }
    }
}
