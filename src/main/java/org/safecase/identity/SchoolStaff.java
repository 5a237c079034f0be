package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who a school's staff are, for rules that name a person by user name (R-SX-10's viewer and
 * witness): the answer is about that school only, and only about active users.
 */
@ApplicationScoped
public class SchoolStaff {
    private static final Set<Role> SAFEGUARDING_LEADS = EnumSet.of(Role.DSL, Role.DEPUTY_DSL);
    /** The school's senior staff: its head teacher, its DSL and deputies, and its online-safety leads. */
    private static final Set<Role> SENIOR = EnumSet.of(Role.HEAD_TEACHER, Role.DSL, Role.DEPUTY_DSL, Role.ONLINE_SAFETY_LEAD);

    @PersistenceContext(unitName = "safecase")
    EntityManager em;

    /** Whether the user is the school's DSL or a deputy DSL. */
    public boolean isSafeguardingLead(String username, long schoolId) {
        return rolesAt(username, schoolId).stream().anyMatch(SAFEGUARDING_LEADS::contains);
    }

    /** Whether the user is one of the school's senior staff. */
    public boolean isSeniorStaff(String username, long schoolId) {
        return rolesAt(username, schoolId).stream().anyMatch(SENIOR::contains);
    }

    private Set<Role> rolesAt(String username, long schoolId) {
        if (username == null || username.isBlank() || username.length() > 100) {
            return Set.of();
        }
        return em.createQuery("select u from AppUser u where lower(u.username) = :name and u.schoolId = :school "
                        + "and u.active = true", AppUser.class)
                .setParameter("name", username.strip().toLowerCase(Locale.ROOT)).setParameter("school", schoolId)
                .getResultStream().findFirst().map(AppUser::getRoles).map(r -> (Set<Role>) EnumSet.copyOf(r.isEmpty()
                        ? EnumSet.noneOf(Role.class) : r)).orElse(Set.of());
    }
}
