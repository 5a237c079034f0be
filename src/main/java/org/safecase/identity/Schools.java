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
            throw new NotFoundException("notFound.school");
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
            throw new NotFoundException("notFound.school");
        }
        return SchoolFacts.of(school);
    }

    /**
     * The schools whose tasks an LA-level caller sees (LA HR: the whole LA), id to name in name
     * order, for choosing one; empty for anyone who works in one school.
     */
    public java.util.Map<Long, String> choosableBy(Caller caller) {
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        if (caller.schoolId() != null || caller.localAuthorityId() == null) {
            return names;
        }
        em.createQuery("select s from School s where s.localAuthorityId = :la order by s.name", School.class)
                .setParameter("la", caller.localAuthorityId()).getResultStream()
                .forEach(school -> names.put(school.getId(), school.getName()));
        return names;
    }
}
