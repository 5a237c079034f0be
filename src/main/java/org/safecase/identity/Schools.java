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
        laSchools(caller).forEach(school -> names.put(school.getId(), school.getName()));
        return names;
    }

    /**
     * The schools an LA-level caller may open a school's own page for, such as its calendar
     * ({@link Authorisation#maySeeSchool}: an LA admin, every school of their local authority), id to
     * name in name order, so that they pick a school by name and no id goes into an address. Empty
     * for anyone who works in one school (they see their own) and for LA staff who see no school's pages.
     */
    public java.util.Map<Long, String> visibleChoicesFor(Caller caller) {
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        laSchools(caller).filter(school -> authorisation.maySeeSchool(caller, SchoolFacts.of(school)))
                .forEach(school -> names.put(school.getId(), school.getName()));
        return names;
    }

    private java.util.stream.Stream<School> laSchools(Caller caller) {
        if (caller.schoolId() != null || caller.localAuthorityId() == null) {
            return java.util.stream.Stream.empty();
        }
        return em.createQuery("select s from School s where s.localAuthorityId = :la order by s.name", School.class)
                .setParameter("la", caller.localAuthorityId()).getResultList().stream();
    }
}
