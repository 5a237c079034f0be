package org.safecase.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * R-X-3: records who viewed or changed a case, and when. Joins the caller's transaction, so
 * an audit row exists exactly when the change it describes was committed.
 */
@ApplicationScoped
public class AuditTrail {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;

    public void record(Long actorId, Long schoolId, AuditAction action, String subject) {
        em.persist(new AuditEvent(LocalDateTime.now(clock), actorId, schoolId, action, subject));
    }
}
