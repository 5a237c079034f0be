package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.safecase.platform.NotFoundException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
                .orElseThrow(() -> new NotFoundException("notFound.user"));
        return callerOf(user);
    }

    static Caller callerOf(AppUser user) {
        return new Caller(user.getId(), user.getUsername(), user.getDisplayName(), user.getLocalAuthorityId(),
                user.getSchoolId(), user.getRoles());
    }

    /**
     * The session epoch of an active user, or empty for a user who may no longer act. A session
     * keeps the value it signed in under and ends when it differs (item 3 of issue #12: a session
     * ends when its user is deactivated; issue #13 item 3: and when their roles or school change).
     */
    java.util.OptionalInt sessionEpoch(String username) {
        List<Integer> epochs = em.createQuery("select u.sessionEpoch from AppUser u where u.username = :name "
                        + "and u.active = true", Integer.class)
                .setParameter("name", username).setMaxResults(1).getResultList();
        return epochs.isEmpty() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(epochs.get(0));
    }

    /** Display names for workflow user ids ({@code user:<id>}); unknown ids are left out. */
    public Map<String, String> displayNames(Collection<String> workflowUsers) {
        List<Long> ids = workflowUsers.stream().filter(u -> u != null && u.matches("user:\\d{1,18}"))
                .map(u -> Long.valueOf(u.substring("user:".length()))).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u from AppUser u where u.id in :ids", AppUser.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(u -> "user:" + u.getId(), AppUser::getDisplayName));
    }
}
