package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.Transactional;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Issue #13 item 1: which SafeCase user an identity at the LA's provider is.
 * <ul>
 * <li>An identity already linked (issuer + subject) is its user, whatever e-mail the provider
 * now holds: the subject decides, so a changed e-mail keeps the link and a reused address can
 * never take over someone else's account.</li>
 * <li>Otherwise it is linked, once, to the one active user whose e-mail (entered by an LA admin)
 * equals the provider's, ignoring case, and only when the provider says it verified that
 * e-mail or the address is in a domain the LA owns ({@link OidcSettings#ownsDomainOf}: Microsoft
 * Entra ID says nothing of verification): any other unverified address is only a claim. A user already linked to another identity at
 * this provider is not linked again, and two active users with that e-mail are not guessed
 * between.</li>
 * <li>Anything else is refused; an inactive user is refused even when linked.</li>
 * </ul>
 * Roles stay in SafeCase: the provider says who someone is, never what they may do. Every link
 * made ({@link AuditAction#IDENTITY_LINKED}) and every refusal
 * ({@link AuditAction#SINGLE_SIGN_ON_REFUSED}) is audited; an unknown identity is named in the
 * audit only by a hash of issuer and subject, never by a name or an e-mail.
 */
@ApplicationScoped
class IdentityLinks {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    OidcSettings settings;

    /** Who signs in, or the bundle key saying in words why nobody does. */
    record Outcome(CredentialValidationResult caller, String refusal) {
        static Outcome refused(String key) {
            return new Outcome(null, key);
        }
    }

    @Transactional
    Outcome signIn(String issuer, IdToken token) {
        List<IdentityLink> links = em.createQuery("select l from IdentityLink l where l.issuer = :issuer "
                        + "and l.subject = :subject", IdentityLink.class)
                .setParameter("issuer", issuer).setParameter("subject", token.subject()).getResultList();
        if (!links.isEmpty()) {
            AppUser user = em.find(AppUser.class, links.get(0).getUserId());
            if (!user.isActive()) {
                audit.record(user.getId(), user.getSchoolId(), AuditAction.SINGLE_SIGN_ON_REFUSED, "user:" + user.getId());
                return Outcome.refused("signIn.sso.inactive");
            }
            return new Outcome(UserIdentityStore.valid(user), null);
        }
        AppUser user = onlyActiveUserWith(token).orElse(null);
        if (user == null || alreadyLinked(user, issuer)) {
            audit.record(null, null, AuditAction.SINGLE_SIGN_ON_REFUSED, unknownSubject(issuer, token.subject()));
            return Outcome.refused("signIn.sso.unknown");
        }
        em.persist(new IdentityLink(user.getId(), issuer, token.subject(), LocalDateTime.now(clock)));
        // A link made at the same moment by another sign-in breaks a unique key here, not at commit.
        em.flush();
        audit.record(user.getId(), user.getSchoolId(), AuditAction.IDENTITY_LINKED, "user:" + user.getId());
        return new Outcome(UserIdentityStore.valid(user), null);
    }

    /** Audits a sign-in that failed before anyone could be named (state, code or ID token refused, provider down). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed() {
        audit.record(null, null, AuditAction.SINGLE_SIGN_ON_REFUSED, "sso:failed");
    }

    private Optional<AppUser> onlyActiveUserWith(IdToken token) {
        if (token.email() == null || token.email().isBlank()
                || !token.emailVerified() && !settings.ownsDomainOf(token.email())) {
            return Optional.empty();
        }
        List<AppUser> users = em.createQuery("select u from AppUser u where u.emailKey = :email "
                        + "and u.active = true", AppUser.class)
                .setParameter("email", token.email().trim().toLowerCase(Locale.ROOT)).setMaxResults(2).getResultList();
        return users.size() == 1 ? Optional.of(users.get(0)) : Optional.empty();
    }

    private boolean alreadyLinked(AppUser user, String issuer) {
        return !em.createQuery("select l.id from IdentityLink l where l.userId = :user and l.issuer = :issuer", Long.class)
                .setParameter("user", user.getId()).setParameter("issuer", issuer).setMaxResults(1).getResultList().isEmpty();
    }

    /** An audit subject for an identity nobody holds: a hash, so that the audit names nobody (column of 64). */
    static String unknownSubject(String issuer, String subject) {
        return "sso:" + Digests.sha256(issuer + '\0' + subject).substring(0, 56);
    }
}
