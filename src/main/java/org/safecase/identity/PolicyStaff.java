package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Identity's face towards the policy feature (issue #15 item 6, R-X-6): who a school's staff are
 * ({@link Authorisation#POLICY_STAFF}, active users only), paged by name in the database, leaving
 * out (or keeping only) the people the policy feature names; who is told of a school's policy
 * (its head teachers, its local authority's admins); and which schools have nobody in the
 * online-safety lead's or the DSL's role.
 */
@ApplicationScoped
public class PolicyStaff {
    /** A member of a school's staff, as the head teacher's list shows them. */
    public record Member(Long userId, String displayName, String email) {
    }

    /** A school of a local authority with nobody active as its online-safety lead, or as its DSL. */
    public record Vacancy(Long schoolId, String schoolName, boolean leadVacant, boolean dslVacant) {
    }

    /** A local authority's school, for the daily check. */
    public record SchoolEntry(Long schoolId, Long localAuthorityId, String name) {
    }

    private static final List<Long> NOBODY = List.of(-1L);

    @PersistenceContext(unitName = "safecase")
    EntityManager em;

    /** How many of the school's staff there are, leaving out the people {@code named} ({@code onlyThose}: counting only them). */
    public long count(Long schoolId, Collection<Long> named, boolean onlyThose) {
        return em.createQuery("select count(distinct u.id) from AppUser u join u.roles r where u.schoolId = :school "
                        + "and u.active = true and r in :roles and " + filter(onlyThose), Long.class)
                .setParameter("school", schoolId).setParameter("roles", Authorisation.POLICY_STAFF)
                .setParameter("named", ids(named)).getSingleResult();
    }

    /**
     * A page of the school's staff in name order: without the people {@code named}, or
     * ({@code onlyThose}) only them.
     */
    public List<Member> page(Long schoolId, Collection<Long> named, boolean onlyThose, int first, int size) {
        List<Member> page = new ArrayList<>();
        em.createQuery("select distinct u from AppUser u join u.roles r where u.schoolId = :school "
                        + "and u.active = true and r in :roles and " + filter(onlyThose)
                        + " order by u.displayName, u.id", AppUser.class)
                .setParameter("school", schoolId).setParameter("roles", Authorisation.POLICY_STAFF)
                .setParameter("named", ids(named)).setFirstResult(first).setMaxResults(size)
                .getResultStream().forEach(u -> page.add(new Member(u.getId(), u.getDisplayName(), u.getEmail())));
        return page;
    }

    /** The ids of the school's staff less those named (the people a reminder goes to), at most {@code max}. */
    public List<Long> idsWithout(Long schoolId, Collection<Long> named, int max) {
        return em.createQuery("select distinct u.id from AppUser u join u.roles r where u.schoolId = :school "
                        + "and u.active = true and r in :roles and u.id not in :named order by u.id", Long.class)
                .setParameter("school", schoolId).setParameter("roles", Authorisation.POLICY_STAFF)
                .setParameter("named", ids(named)).setMaxResults(max).getResultList();
    }

    /** Whether the user is one of the school's active staff (a reminder to one person). */
    public boolean isStaffOf(Long userId, Long schoolId) {
        AppUser user = userId == null ? null : em.find(AppUser.class, userId);
        return user != null && user.isActive() && schoolId.equals(user.getSchoolId())
                && user.getRoles().stream().anyMatch(Authorisation.POLICY_STAFF::contains);
    }

    /** Who is told of a school's policy: its active head teachers and its local authority's active LA admins. */
    public List<Long> policyKeepers(SchoolFacts school) {
        List<Long> keepers = new ArrayList<>(em.createQuery("select distinct u.id from AppUser u join u.roles r "
                        + "where u.schoolId = :school and u.active = true and r = :head order by u.id", Long.class)
                .setParameter("school", school.id()).setParameter("head", Role.HEAD_TEACHER).getResultList());
        keepers.addAll(laAdmins(school.localAuthorityId()));
        return keepers;
    }

    /** The active LA admins of a local authority. */
    public List<Long> laAdmins(Long localAuthorityId) {
        return em.createQuery("select distinct u.id from AppUser u join u.roles r where u.localAuthorityId = :la "
                        + "and u.schoolId is null and u.active = true and r = :admin order by u.id", Long.class)
                .setParameter("la", localAuthorityId).setParameter("admin", Role.LA_ADMIN).getResultList();
    }

    /** The active head teachers of a school. */
    public List<Long> headTeachers(Long schoolId) {
        return em.createQuery("select distinct u.id from AppUser u join u.roles r where u.schoolId = :school "
                        + "and u.active = true and r = :head order by u.id", Long.class)
                .setParameter("school", schoolId).setParameter("head", Role.HEAD_TEACHER).getResultList();
    }

    /** Every school of the installation, by local authority and name: what the daily check walks. */
    public List<SchoolEntry> schools(int first, int size) {
        return em.createQuery("select s from School s order by s.localAuthorityId, s.id", School.class)
                .setFirstResult(first).setMaxResults(size).getResultStream()
                .map(s -> new SchoolEntry(s.getId(), s.getLocalAuthorityId(), s.getName())).toList();
    }

    /**
     * The schools among {@code schoolIds} with nobody active as online-safety lead, or as DSL (a
     * deputy does not fill the DSL's role): two grouped queries, whatever the number of schools.
     */
    public List<Vacancy> vacancies(List<SchoolEntry> schools) {
        if (schools.isEmpty()) {
            return List.of();
        }
        List<Long> ids = schools.stream().map(SchoolEntry::schoolId).toList();
        Set<Long> withLead = filled(ids, Role.ONLINE_SAFETY_LEAD);
        Set<Long> withDsl = filled(ids, Role.DSL);
        List<Vacancy> vacant = new ArrayList<>();
        for (SchoolEntry school : schools) {
            boolean lead = !withLead.contains(school.schoolId());
            boolean dsl = !withDsl.contains(school.schoolId());
            if (lead || dsl) {
                vacant.add(new Vacancy(school.schoolId(), school.name(), lead, dsl));
            }
        }
        return vacant;
    }

    private Set<Long> filled(List<Long> schoolIds, Role role) {
        return Set.copyOf(em.createQuery("select distinct u.schoolId from AppUser u join u.roles r "
                        + "where u.schoolId in :schools and u.active = true and r = :role", Long.class)
                .setParameter("schools", schoolIds).setParameter("role", role).getResultList());
    }

    private static String filter(boolean onlyThose) {
        return onlyThose ? "u.id in :named" : "u.id not in :named";
    }

    private static Collection<Long> ids(Collection<Long> named) {
        return named == null || named.isEmpty() ? NOBODY : named;
    }
}
