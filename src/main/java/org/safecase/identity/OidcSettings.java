package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Issue #13 item 1: the LA's OpenID Connect provider, from MicroProfile Config (environment
 * variables {@code SAFECASE_OIDC_ISSUER}, {@code _CLIENT_ID}, {@code _CLIENT_SECRET},
 * {@code _PROVIDER_NAME}, {@code _REDIRECT_URI}). Single sign-on is offered only when the
 * issuer, client id and secret are all set: an LA without a provider keeps local accounts alone.
 * The secret comes from the environment of the server, never from the repository.
 */
@ApplicationScoped
class OidcSettings {
    @Inject
    @ConfigProperty(name = "safecase.oidc.issuer")
    Optional<String> issuer;
    @Inject
    @ConfigProperty(name = "safecase.oidc.client-id")
    Optional<String> clientId;
    @Inject
    @ConfigProperty(name = "safecase.oidc.client-secret")
    Optional<String> clientSecret;
    /** The provider's name as shown on the sign-in button ("Sign in with ..."). */
    @Inject
    @ConfigProperty(name = "safecase.oidc.provider-name", defaultValue = "your organisation")
    String providerName;
    /**
     * The address the provider sends the browser back to; by default made from the request
     * (set it behind a proxy that changes scheme or host). It must be registered at the provider.
     */
    @Inject
    @ConfigProperty(name = "safecase.oidc.redirect-uri")
    Optional<String> redirectUri;

    /**
     * The e-mail domains the local authority owns at its provider (comma-separated, e.g.
     * {@code northshire.gov.uk,northshire.sch.uk}). Microsoft Entra ID sends no
     * {@code email_verified}; an address in one of these domains is trusted for the first link
     * without it, because in the LA's own (single-tenant) directory only its administrators give
     * out addresses there. Any other address must be verified by the provider.
     */
    @Inject
    @ConfigProperty(name = "safecase.oidc.trusted-email-domains")
    Optional<String> trustedEmailDomains;

    public boolean isConfigured() {
        return set(issuer) && set(clientId) && set(clientSecret);
    }

    public String getProviderName() {
        return providerName;
    }

    /** The issuer exactly as the provider names itself (its discovery document and each ID token's {@code iss} must equal it). */
    String issuer() {
        return issuer.orElseThrow().trim();
    }

    String clientId() {
        return clientId.orElseThrow().trim();
    }

    String clientSecret() {
        return clientSecret.orElseThrow();
    }

    Optional<String> redirectUri() {
        return redirectUri.filter(value -> !value.isBlank());
    }

    /** Whether an address the provider does not say it verified may still make the first link (its domain is the LA's own). */
    boolean ownsDomainOf(String email) {
        return inDomains(email, trustedEmailDomains.orElse(""));
    }

    static boolean inDomains(String email, String domains) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at < 1) {
            return false;
        }
        String domain = email.substring(at + 1).strip().toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(domains.split(",")).map(d -> d.strip().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(d -> !d.isEmpty() && d.equals(domain));
    }

    private static boolean set(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
