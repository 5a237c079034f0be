package org.safecase.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.safecase.platform.ConflictException;

import java.time.LocalDateTime;

/**
 * How a case comes into being, and how a staff case starts again as child protection. Casefile
 * owns the {@link Incident}; intake brings the validated report, starts the process and tells
 * us which one it is. Joins the caller's transaction, so the case and its process exist together.
 */
@ApplicationScoped
public class CaseOpening {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;

    /** Records a new case as reported (R-ST-1: reference, time and reporter, always). */
    public CaseStart open(String reference, Long schoolId, Long reporterId, IncidentDetails details,
                          LocalDateTime reportedAt) {
        Incident incident = new Incident(reference, schoolId, reporterId, details, reportedAt);
        em.persist(incident);
        // The id is the database's; written now so that the process can be tied to it.
        em.flush();
        return CaseStart.of(incident);
    }

    public void processStarted(Long incidentId, String processInstanceId) {
        em.find(Incident.class, incidentId).processStarted(processInstanceId);
    }

    /**
     * The staff process to stop before the case becomes child protection. A closed case stays
     * closed: the images are reported as a new child-protection incident instead.
     */
    public String processToStopForRecategorisation(Long incidentId) {
        Incident incident = em.find(Incident.class, incidentId);
        if (incident.getStatus() == CaseStatus.CLOSED) {
            throw new ConflictException("conflict.caseClosedReportAgain");
        }
        return incident.getProcessInstanceId();
    }

    /** R-SX-1: the case is now about nude images of a pupil and starts again with the DSL. */
    public CaseStart recategoriseAsChildProtection(Long incidentId, LocalDateTime when) {
        Incident incident = em.find(Incident.class, incidentId);
        incident.recategorisedAsChildProtection(when);
        return CaseStart.of(incident);
    }
}
