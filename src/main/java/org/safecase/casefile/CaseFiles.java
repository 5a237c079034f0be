package org.safecase.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** Reads case records for a caller, scoped by {@link Authorisation}; each view is audited (R-X-3). */
@ApplicationScoped
@Transactional
public class CaseFiles {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    public CaseView find(Caller caller, String reference) {
        Incident incident = byReference(reference).orElseThrow(() -> new NotFoundException("Case"));
        boolean childProtection = incident.getCategory().isChildProtection();
        if (!authorisation.mayReadCase(caller, incident.getSchoolId(), incident.getReporterId(), childProtection)) {
            if (childProtection && caller.userId().equals(incident.getReporterId())) {
                return CaseView.receivedOnly(incident);
            }
            throw new NotFoundException("Case");
        }
        audit.record(caller.userId(), incident.getSchoolId(), AuditAction.CASE_VIEWED, incident.getReference());
        return CaseView.of(incident);
    }

    Optional<Incident> byReference(String reference) {
        if (reference == null || reference.length() > 20) {
            return Optional.empty();
        }
        return em.createQuery("select i from Incident i where i.reference = :reference", Incident.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    /** Called from the process when the lead has triaged the report. */
    void markTriaged(String reference) {
        require(reference).triaged();
    }

    void handToHr(String reference) {
        require(reference).handedToHr();
    }

    void close(String reference, boolean satisfied) {
        require(reference).closed(LocalDateTime.now(clock), satisfied);
    }

    private Incident require(String reference) {
        return byReference(reference).orElseThrow(() -> new NotFoundException("Case"));
    }
}
