package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.Locales;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The language each person chose ({@code app_user.locale}): pages and REST answers use it when
 * it is supported, and e-mails to the person are written in it. Without a choice, the browser's
 * language decides ({@link Locales#resolve}).
 */
@ApplicationScoped
public class LanguageChoices {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;

    /** The stored choice of an active user (a language tag), if any. */
    public Optional<String> of(String username) {
        return em.createQuery("select u.locale from AppUser u where u.username = :name and u.active = true", String.class)
                .setParameter("name", username).getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The locale to write to each workflow user ({@code user:<id>}): their choice if supported, else en-GB. */
    public Map<String, Locale> ofWorkflowUsers(Collection<String> workflowUsers) {
        List<Long> ids = workflowUsers.stream().filter(u -> u != null && u.matches("user:\\d{1,18}"))
                .map(u -> Long.valueOf(u.substring("user:".length()))).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u from AppUser u where u.id in :ids", AppUser.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(u -> "user:" + u.getId(),
                        u -> Locales.resolve(u.getLocale(), List.of())));
    }

    /** Stores the caller's choice; only a supported language may be chosen. */
    @Transactional
    public Locale choose(Caller caller, String languageTag) {
        Locale chosen = languageTag == null ? null : Locale.forLanguageTag(languageTag);
        if (chosen == null || !Locales.supported().contains(chosen)) {
            throw new InvalidInputException(List.of(new FieldProblem("language", "problem.language.unsupported")));
        }
        AppUser user = em.find(AppUser.class, caller.userId());
        user.setLocale(chosen.toLanguageTag());
        return chosen;
    }
}
