package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.safecase.platform.NotFoundException;

/** Identity's face towards the other features for schools: their {@link SchoolFacts}, by id. */
@ApplicationScoped
public class Schools {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;

    /** The school's facts; not-found for an unknown (or no) id. */
    public SchoolFacts facts(Long schoolId) {
        School school = schoolId == null ? null : em.find(School.class, schoolId);
        if (school == null) {
            throw new NotFoundException("School");
        }
        return SchoolFacts.of(school);
    }

    /**
     * The school's facts for a caller who may see the school ({@link Authorisation#maySeeSchool});
     * to anyone else it is not-found, like a school that does not exist.
     */
    public SchoolFacts visibleTo(Caller caller, Long schoolId) {
        School school = schoolId == null ? null : em.find(School.class, schoolId);
        if (school == null || !authorisation.maySeeSchool(caller, SchoolFacts.of(school))) {
            throw new NotFoundException("School");
        }
        return SchoolFacts.of(school);
    }
}
