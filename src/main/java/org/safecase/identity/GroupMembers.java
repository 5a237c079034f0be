package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.Set;

/** The e-mail addresses of the active people behind workflow groups and user ids. */
@ApplicationScoped
public class GroupMembers {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;

    public Set<String> emails(String assignee, Collection<String> groups) {
        return emailLanguages(assignee, groups).keySet();
    }

    /**
     * The same addresses, each with the language to write to that person in: their stored choice
     * if supported, else en-GB (issue #11 item 6).
     */
    public java.util.Map<String, java.util.Locale> emailLanguages(String assignee, Collection<String> groups) {
        java.util.Map<String, java.util.Locale> emails = new java.util.LinkedHashMap<>();
        if (assignee != null && assignee.matches("user:\\d{1,18}")) {
            AppUser user = em.find(AppUser.class, Long.valueOf(assignee.substring("user:".length())));
            if (user != null && user.isActive()) {
                emails.put(user.getEmail(), languageOf(user));
            }
            return emails;
        }
        for (AppUser user : activeMembers(groups)) {
            emails.putIfAbsent(user.getEmail(), languageOf(user));
        }
        return emails;
    }

    private static java.util.Locale languageOf(AppUser user) {
        return org.safecase.platform.Locales.resolve(user.getLocale(), java.util.List.of());
    }

    /**
     * The active people behind workflow groups, as workflow user id ({@code user:<id>}) to display
     * name, by user id: whom a task offered to those groups may be handed to.
     */
    public java.util.Map<String, String> people(Collection<String> groups) {
        java.util.Map<String, String> people = new java.util.TreeMap<>();
        for (AppUser user : activeMembers(groups)) {
            people.put(Authorisation.workflowUserId(user.getId()), user.getDisplayName());
        }
        return people;
    }

    /**
     * The active users holding a group's roles in its school (or, for HR, at its LA; for the
     * workflow administrators, anywhere in the installation).
     */
    private java.util.List<AppUser> activeMembers(Collection<String> groups) {
        java.util.List<AppUser> found = new java.util.ArrayList<>();
        for (String group : groups) {
            SchoolGroups.members(group).ifPresent(members -> found.addAll(activeMembers(members)));
        }
        return found;
    }

    private java.util.List<AppUser> activeMembers(SchoolGroups.Members members) {
        if (members.schoolId() != null) {
            return em.createQuery("select distinct u from AppUser u join u.roles r where u.active = true "
                            + "and u.schoolId = :school and r in :roles", AppUser.class)
                    .setParameter("school", members.schoolId()).setParameter("roles", members.roles()).getResultList();
        }
        if (members.localAuthorityId() != null) {
            return em.createQuery("select distinct u from AppUser u join u.roles r where u.active = true "
                            + "and u.localAuthorityId = :la and u.schoolId is null and r in :roles", AppUser.class)
                    .setParameter("la", members.localAuthorityId()).setParameter("roles", members.roles())
                    .getResultList();
        }
        return em.createQuery("select distinct u from AppUser u join u.roles r where u.active = true "
                        + "and u.schoolId is null and r in :roles", AppUser.class)
                .setParameter("roles", members.roles()).getResultList();
    }
}
