package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.safecase.platform.NotFoundException;

/** Looks up the {@link Caller} for a signed-in (or test) user name. */
@ApplicationScoped
public class CallerDirectory {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;

    public Caller forUsername(String username) {
        AppUser user = em.createQuery("select u from AppUser u where u.username = :name and u.active = true",
                        AppUser.class)
                .setParameter("name", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("User"));
        return new Caller(user.getId(), user.getUsername(), user.getDisplayName(), user.getLocalAuthorityId(),
                user.getSchoolId(), user.getRoles());
    }

    public School school(Long schoolId) {
        School school = schoolId == null ? null : em.find(School.class, schoolId);
        if (school == null) {
            throw new NotFoundException("School");
        }
        return school;
    }
}
