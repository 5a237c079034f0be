package org.safecase.takedown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.ConflictException;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The provider directory: anyone signed in may read it (leads use it for takedowns, staff for
 * their network's nuisance-call line); only LA admins change it.
 */
@ApplicationScoped
@Transactional
public class ProviderDirectory {
    public static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    Clock clock;

    /** Entries of one kind (or all), whose name contains {@code search}, paged in the database. */
    public List<ProviderView> find(ProviderKind kind, String search, int first, int size) {
        String like = "%" + (search == null ? "" : search.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createQuery("select p from Provider p where (:kind is null or p.kind = :kind) "
                        + "and lower(p.name) like :like order by p.kind, p.name", Provider.class)
                .setParameter("kind", kind).setParameter("like", like)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultStream().map(Provider::view).toList();
    }

    public ProviderView add(Caller caller, ProviderRequest request) {
        authorisation.requireLaAdmin(caller);
        ProviderEntry entry = ProviderRules.check(request);
        requireUniqueName(entry.name(), null);
        Provider provider = new Provider(entry, LocalDateTime.now(clock));
        em.persist(provider);
        em.flush();
        return provider.view();
    }

    public ProviderView change(Caller caller, Long id, ProviderRequest request) {
        authorisation.requireLaAdmin(caller);
        Provider provider = id == null ? null : em.find(Provider.class, id);
        if (provider == null) {
            throw new NotFoundException("notFound.provider");
        }
        ProviderEntry entry = ProviderRules.check(request);
        requireUniqueName(entry.name(), id);
        provider.update(entry, LocalDateTime.now(clock));
        em.flush();
        return provider.view();
    }

    /** The directory entry of that name (any case), for linking a provider report to it. */
    public java.util.Optional<Long> idNamed(String name) {
        if (name == null || name.isBlank()) {
            return java.util.Optional.empty();
        }
        return em.createQuery("select p.id from Provider p where lower(p.name) = :name", Long.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private void requireUniqueName(String name, Long except) {
        List<ProviderView> same = em.createQuery("select p from Provider p where lower(p.name) = :name", Provider.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).getResultStream()
                .map(Provider::view).filter(p -> !p.id().equals(except)).toList();
        if (!same.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("name", "problem.providerDirectory.duplicate", name)));
        }
    }
}
