package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.ConflictException;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Item 1 of issue #12: API tokens for integrations and scripts. A token is made by its user, or
 * by an LA admin for a user of their local authority ({@link Authorisation#mayManageTokensOf}),
 * with a name, a life of 1 to {@value #MAX_DAYS} days and optionally read only; its secret
 * ({@code sc_} and 43 URL-safe characters, 256 random bits) is answered once and kept only as its
 * SHA-256, which is enough for a secret that random (no PBKDF2 per request). A token acts with its
 * user's rights as they are at each request, and stops at once when it expires, is revoked, or its
 * user is deactivated. A token cannot make tokens: a leaked one must not outlive its expiry.
 * Made, revoked and refused tokens are audited ({@code token:<id>}); the time of last use is
 * written at most once a minute per token.
 */
@ApplicationScoped
public class ApiTokens {
    public static final String PREFIX = "sc_";
    static final int MAX_DAYS = 365;
    static final int MAX_NAME = 100;
    static final int MAX_USABLE_PER_USER = 20;
    private static final int MAX_LISTED = 200;
    private static final int LAST_USE_EVERY_SECONDS = 60;
    private static final Pattern SHAPE = Pattern.compile("sc_[A-Za-z0-9_-]{43}");

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;
    @Inject
    Authorisation authorisation;

    /** Makes a token; {@code byToken} when the caller signed in with one (refused: tokens are made with a password). */
    @Transactional
    public IssuedToken create(Caller caller, TokenRequest request, boolean byToken) {
        authorisation.requireMayMakeTokens(caller, byToken);
        String name = request.name() == null ? "" : request.name().strip();
        String username = request.username() == null ? null : request.username().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "problem.token.name"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "problem.token.nameTooLong", MAX_NAME));
        }
        Integer days = request.expiresInDays();
        if (days == null || days < 1 || days > MAX_DAYS) {
            problems.add(new FieldProblem("expiresInDays", "problem.token.expiresInDays", MAX_DAYS));
        }
        if (username != null && username.isEmpty()) {
            problems.add(new FieldProblem("username", "problem.token.username"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AppUser owner = username == null ? em.find(AppUser.class, caller.userId())
                : em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", username).getResultStream().findFirst().orElse(null);
        if (owner == null || !owner.isActive()
                || !authorisation.mayManageTokensOf(caller, owner.getId(), owner.getLocalAuthorityId())) {
            throw new NotFoundException("notFound.user");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        long usable = em.createQuery("select count(t) from ApiToken t where t.userId = :user "
                        + "and t.revokedAt is null and t.expiresAt > :now", Long.class)
                .setParameter("user", owner.getId()).setParameter("now", now).getSingleResult();
        if (usable >= MAX_USABLE_PER_USER) {
            throw new ConflictException("conflict.token.tooMany", MAX_USABLE_PER_USER);
        }
        String token = PREFIX + Digests.randomSecret();
        ApiToken made = new ApiToken(owner.getId(), caller.userId(), name, Digests.sha256(token),
                Boolean.TRUE.equals(request.readOnly()), now, now.plusDays(days));
        em.persist(made);
        em.flush();
        audit.record(caller.userId(), caller.schoolId(), AuditAction.TOKEN_CREATED, "token:" + made.getId());
        return new IssuedToken(made.getId(), token, name, owner.getUsername(), made.getExpiresAt(), made.isReadOnly());
    }

    /** The caller's own tokens and, for an LA admin, those of the users of their local authority; newest first. */
    public List<TokenEntry> list(Caller caller) {
        Long localAuthority = authorisation.tokenLocalAuthority(caller);
        var query = localAuthority == null
                ? em.createQuery("select t, u.username from ApiToken t, AppUser u where u.id = t.userId "
                + "and t.userId = :me order by t.createdAt desc, t.id desc", Object[].class)
                .setParameter("me", caller.userId())
                : em.createQuery("select t, u.username from ApiToken t, AppUser u where u.id = t.userId "
                + "and (t.userId = :me or u.localAuthorityId = :la) order by t.createdAt desc, t.id desc", Object[].class)
                .setParameter("me", caller.userId()).setParameter("la", localAuthority);
        LocalDateTime now = LocalDateTime.now(clock);
        return query.setMaxResults(MAX_LISTED).getResultStream().map(row -> {
            ApiToken t = (ApiToken) row[0];
            return new TokenEntry(t.getId(), t.getName(), (String) row[1], t.isReadOnly(), t.getCreatedAt(),
                    t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt(), usable(t, now));
        }).toList();
    }

    /** Revokes a token the caller may manage (again is no change); any other id is not found. */
    @Transactional
    public void revoke(Caller caller, Long id) {
        ApiToken token = id == null ? null : em.find(ApiToken.class, id);
        AppUser owner = token == null ? null : em.find(AppUser.class, token.getUserId());
        if (owner == null || !authorisation.mayManageTokensOf(caller, owner.getId(), owner.getLocalAuthorityId())) {
            throw new NotFoundException("notFound.token");
        }
        if (token.getRevokedAt() == null) {
            token.revoke(LocalDateTime.now(clock));
            audit.record(caller.userId(), caller.schoolId(), AuditAction.TOKEN_REVOKED, "token:" + id);
        }
    }

    /**
     * Who a presented secret acts for, or empty (audited as refused) when it is no token, or its
     * token has expired or been revoked, or its user is no longer active.
     */
    @Transactional
    Optional<TokenHolder> holderOf(String presented) {
        List<Object[]> rows = presented == null || !SHAPE.matcher(presented).matches() ? List.of()
                : em.createQuery("select t, u from ApiToken t, AppUser u where t.secretHash = :hash and u.id = t.userId",
                Object[].class).setParameter("hash", Digests.sha256(presented)).getResultList();
        if (rows.isEmpty()) {
            audit.record(null, null, AuditAction.TOKEN_REFUSED, "token:unknown");
            return Optional.empty();
        }
        ApiToken token = (ApiToken) rows.get(0)[0];
        AppUser user = (AppUser) rows.get(0)[1];
        LocalDateTime now = LocalDateTime.now(clock);
        if (!usable(token, now) || !user.isActive()) {
            audit.record(user.getId(), user.getSchoolId(), AuditAction.TOKEN_REFUSED, "token:" + token.getId());
            return Optional.empty();
        }
        if (token.getLastUsedAt() == null || token.getLastUsedAt().plusSeconds(LAST_USE_EVERY_SECONDS).isBefore(now)) {
            token.usedAt(now);
        }
        Set<String> groups = user.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
        return Optional.of(new TokenHolder(token.getId(), user.getId(), user.getSchoolId(), user.getUsername(), groups,
                token.isReadOnly()));
    }

    /** A read-only token used to change something: audited as refused (the caller answers 403). */
    @Transactional
    void refusedWrite(TokenHolder holder) {
        audit.record(holder.userId(), holder.schoolId(), AuditAction.TOKEN_REFUSED, "token:" + holder.tokenId());
    }

    private static boolean usable(ApiToken token, LocalDateTime now) {
        return token.getRevokedAt() == null && token.getExpiresAt().isAfter(now);
    }
}
