package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issue #13 item 1: the OpenID Connect authorisation code flow with PKCE, as two steps inside
 * {@link SignInMechanism} (Jakarta Security 3.0 takes one mechanism per application):
 * <ol>
 * <li>{@link #START}: a fresh state, nonce and PKCE S256 verifier are kept in the HTTP session and
 * the browser is sent to the provider's authorisation endpoint with scopes
 * {@code openid email profile};</li>
 * <li>{@link #CALLBACK}: the provider's redirect arrives from another site, so the browser sends no
 * {@code SameSite=Strict} session cookie with it (ours is); a page on our own site sends the
 * browser on to {@link #FINISH} with the same code and state, a navigation that does carry it;</li>
 * <li>{@link #FINISH}: the state must be this session's (else a forged callback could sign a
 * victim in as the attacker), is used once, the code is exchanged together with the verifier at
 * the token endpoint, the ID token is checked ({@link IdToken}) and the identity resolved to a
 * SafeCase user ({@link IdentityLinks}).</li>
 * </ol>
 * A failure is answered by a refusal key, shown in words on the sign-in page, never a 500; the
 * log says what failed, never whose sign-in it was.
 */
@ApplicationScoped
class SingleSignOn {
    static final String START = "/oidc/start";
    static final String CALLBACK = "/oidc/callback";
    static final String FINISH = "/oidc/finish";
    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());
    private static final String PENDING = SingleSignOn.class.getName() + ".pending";

    @Inject
    OidcSettings settings;
    @Inject
    OidcProvider provider;
    @Inject
    IdentityLinks links;
    @Inject
    Clock clock;

    /** One sign-in under way in this browser's session. */
    private record Pending(String state, String nonce, String verifier) implements java.io.Serializable {
    }

    /** Answers the provider's authorisation address for a new sign-in, the pending one kept in the session. */
    String start(HttpServletRequest request) {
        Pending pending = new Pending(Digests.randomSecret(), Digests.randomSecret(), Digests.randomSecret());
        request.getSession(true).setAttribute(PENDING, pending);
        return provider.authorizationEndpoint() + (provider.authorizationEndpoint().contains("?") ? "&" : "?")
                + "response_type=code&scope=" + encode("openid email profile")
                + "&client_id=" + encode(settings.clientId()) + "&redirect_uri=" + encode(redirectUri(request))
                + "&state=" + pending.state() + "&nonce=" + pending.nonce()
                + "&code_challenge=" + challenge(pending.verifier()) + "&code_challenge_method=S256";
    }

    /** The address on our own site that finishes the sign-in the provider sent the browser back to {@link #CALLBACK} with. */
    static String finishAddress(HttpServletRequest request) {
        StringBuilder address = new StringBuilder(request.getContextPath()).append(FINISH);
        char separator = '?';
        for (String name : new String[]{"code", "state", "error"}) {
            String value = request.getParameter(name);
            if (value != null) {
                address.append(separator).append(name).append('=').append(encode(value));
                separator = '&';
            }
        }
        return address.toString();
    }

    /** Finishes the sign-in the provider sent the browser back from. */
    IdentityLinks.Outcome callback(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
        String state = request.getParameter("state");
        String code = request.getParameter("code");
        if (pending == null || state == null || !MessageDigest.isEqual(pending.state().getBytes(StandardCharsets.US_ASCII),
                state.getBytes(StandardCharsets.UTF_8))) {
            return failed("the state is not this session's");
        }
        if (code == null || code.isEmpty()) {
            return failed("the provider sent no code (" + (request.getParameter("error") == null ? "no error"
                    : "error " + request.getParameter("error").replaceAll("[^a-z_]", "")) + ")");
        }
        try {
            JsonObject tokens = provider.exchange(code, redirectUri(request), pending.verifier());
            IdToken token = IdToken.check(tokens.getString("id_token", null),
                    provider::signingKey, settings.issuer(), settings.clientId(), pending.nonce(), clock.instant());
            return links.signIn(settings.issuer(), token);
        } catch (IdToken.Invalid e) {
            return failed("the ID token was refused: " + e.getMessage());
        } catch (jakarta.persistence.PersistenceException e) {
            return failed("the identity was linked at the same moment by another sign-in; the next one finds the link");
        } catch (OidcProvider.Unavailable e) {
            LOG.log(Level.WARNING, "Single sign-on failed: " + e.getMessage(), e.getCause());
            return failed(null);
        }
    }

    private IdentityLinks.Outcome failed(String why) {
        if (why != null) {
            LOG.warning("Single sign-on refused: " + why);
        }
        links.failed();
        return IdentityLinks.Outcome.refused("signIn.sso.failed");
    }

    private String redirectUri(HttpServletRequest request) {
        return settings.redirectUri().orElseGet(() -> {
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean usual = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port) + request.getContextPath() + CALLBACK;
        });
    }

    /** PKCE S256 (RFC 7636 4.2): base64url of the SHA-256 of the verifier. */
    static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
