package org.safecase.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Year;

/** Case references like {@code SC-2026-000042}: a year a person recognises and a sequence number. */
@ApplicationScoped
public class IncidentReferences {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;

    public String next(Year year) {
        Number value = (Number) em.createNativeQuery("SELECT NEXTVAL(incident_reference_seq)").getSingleResult();
        return format(year, value.longValue());
    }

    static String format(Year year, long number) {
        return String.format("SC-%d-%06d", year.getValue(), number);
    }
}
