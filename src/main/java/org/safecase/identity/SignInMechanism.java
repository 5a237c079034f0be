package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.safecase.platform.Locales;
import org.safecase.platform.Messages;
import org.safecase.platform.SecurityHeaders;
import org.safecase.platform.TransportSecurity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Sign-in for both doors of the application:
 * <ul>
 * <li>pages: a form ({@code login.xhtml}) that calls {@code SecurityContext.authenticate};
 * the signed-in user is then kept in the HTTP session, whose id is changed at sign-in. The
 * session ends at its next request once its user is deactivated (item 3 of issue #12);</li>
 * <li>{@code /api}: an API token ({@code Authorization: Bearer sc_...}, {@link ApiTokens}) or
 * HTTP Basic for local accounts, on every request, never a session, so a browser's session
 * cookie can not be used to drive the API from another site.</li>
 * </ul>
 * Issue #13 item 1: pages can also be signed in to through the LA's OpenID Connect provider
 * ({@link SingleSignOn}, under {@code /oidc/}), when it is configured ({@link OidcSettings}).
 * Form and Basic sign-ins pass {@link SignInThrottle} (item 2): failures are slowed, then the
 * name or address is locked for a while, and while it is even the right password is refused, in
 * words. A session id in the address ({@code ;jsessionid=}, which Payara honours whatever
 * web.xml's tracking mode says) is never used: a GET is sent to the address without it, anything
 * else answered 400.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {
    static final String SESSION_USER = SignInMechanism.class.getName() + ".user";
    static final String SESSION_GROUPS = SignInMechanism.class.getName() + ".groups";
    /** The user's session epoch when the session signed in ({@link CallerDirectory#sessionEpoch}). */
    static final String SESSION_EPOCH = SignInMechanism.class.getName() + ".epoch";
    /** Request attribute: the {@link TokenHolder} of a request signed in with an API token. */
    static final String TOKEN_HOLDER = SignInMechanism.class.getName() + ".token";
    /** Request attribute: the bundle key saying why a form sign-in was refused, when not the usual one. */
    static final String REFUSAL = SignInMechanism.class.getName() + ".refusal";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(SignInMechanism.class.getName());
    private static final Pattern URL_SESSION_ID = Pattern.compile("(?i);jsessionid=[^/?#;]*");

    @Inject
    IdentityStoreHandler identityStore;
    @Inject
    SignInThrottle throttle;
    @Inject
    ApiTokens tokens;
    @Inject
    CallerDirectory directory;
    @Inject
    TransportSecurity transport;
    @Inject
    SecondFactors secondFactors;
    @Inject
    OidcSettings oidc;
    @Inject
    SingleSignOn singleSignOn;

    /** The outcome of a checked name and password. */
    private record Checked(CredentialValidationResult result, boolean locked) {
        boolean valid() {
            return !locked && result.getStatus() == CredentialValidationResult.Status.VALID;
        }
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.guard(request, response, transport.overTls(request));
        if (request.isRequestedSessionIdFromURL() || URL_SESSION_ID.matcher(request.getRequestURI()).find()) {
            return refuseSessionIdInAddress(request, response, context);
        }
        if (isApi(request)) {
            return api(request, response, context);
        }
        if (oidc.isConfigured() && path(request).startsWith("/oidc/")) {
            return singleSignOn(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formSignIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String user) {
            java.util.OptionalInt epoch = directory.sessionEpoch(user);
            if (!stillValid(session, epoch)) {
                session.invalidate();
                // "true": the account is no longer active; "changed": its roles, school or password changed (issue #13 item 3).
                String why = epoch.isPresent() ? "changed" : "true";
                return context.isProtected() ? context.redirect(request.getContextPath() + "/login.xhtml?ended=" + why)
                        : context.doNothing();
            }
            @SuppressWarnings("unchecked")
            Set<String> groups = (Set<String>) session.getAttribute(SESSION_GROUPS);
            return context.notifyContainerAboutLogin(user, groups);
        }
        if (context.isProtected() && HalfSignedIn.user(session).isPresent()) {
            return context.redirect(request.getContextPath() + HalfSignedIn.stepPage(session));
        }
        if (context.isProtected()) {
            return context.redirect(loginUrl(request));
        }
        return context.doNothing();
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context,
                                            Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential pair)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Checked checked = check(pair, request);
        if (checked.locked()) {
            request.setAttribute(REFUSAL, "signIn.locked");
        }
        if (!checked.valid()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = checked.result();
        SecondFactors.Need need = secondFactors.needOf(result.getCallerPrincipal().getName());
        if (need != SecondFactors.Need.NONE) {
            HalfSignedIn.begin(request, result, need, epochOf(result));
            return context.redirect(request.getContextPath() + HalfSignedIn.stepPage(request.getSession(false)));
        }
        keepInSession(request, result);
        return context.notifyContainerAboutLogin(result);
    }

    /** Keeps a signed-in user in the HTTP session, under a new session id, which defeats session fixation. */
    private void keepInSession(HttpServletRequest request, CredentialValidationResult result) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        HalfSignedIn.clear(session);
        session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        session.setAttribute(SESSION_GROUPS, new HashSet<>(result.getCallerGroups()));
        session.setAttribute(SESSION_EPOCH, epochOf(result));
    }

    /** The signed-in user's epoch now; a user who vanished meanwhile gets one no session will match. */
    private int epochOf(CredentialValidationResult result) {
        return directory.sessionEpoch(result.getCallerPrincipal().getName()).orElse(-1);
    }

    /**
     * Whether a signed-in session may go on: its user is active and their roles, school and
     * password are as they were at sign-in (a session from before the epoch existed counts as 0).
     */
    private static boolean stillValid(HttpSession session, java.util.OptionalInt now) {
        int signedInUnder = session.getAttribute(SESSION_EPOCH) instanceof Integer epoch ? epoch : 0;
        return now.isPresent() && now.getAsInt() == signedInUnder && signedInUnder >= 0;
    }

    /**
     * Issue #13 item 1: the two steps of single sign-on ({@link SingleSignOn}). A user it names is
     * kept in the session exactly as after a form sign-in and sent home; a refusal is sent to the
     * sign-in page, which says it in words.
     */
    private AuthenticationStatus singleSignOn(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        String path = path(request);
        String signInPage = request.getContextPath() + "/login.xhtml";
        try {
            if (path.equals(SingleSignOn.START)) {
                return context.redirect(singleSignOn.start(request));
            }
            if (path.equals(SingleSignOn.CALLBACK)) {
                return sameSiteStep(request, response, SingleSignOn.finishAddress(request));
            }
            if (!path.equals(SingleSignOn.FINISH)) {
                return context.redirect(signInPage);
            }
            IdentityLinks.Outcome outcome = singleSignOn.callback(request);
            if (outcome.caller() == null) {
                return context.redirect(signInPage + "?refused=" + outcome.refusal().substring(SignInView.SSO_REFUSAL.length()));
            }
            keepInSession(request, outcome.caller());
            return context.redirect(request.getContextPath() + "/index.xhtml");
        } catch (OidcProvider.Unavailable e) {
            LOG.log(Level.WARNING, "Single sign-on could not go on: " + e.getMessage(), e.getCause());
            return context.redirect(signInPage + "?refused=failed");
        }
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<TokenHolder> holder = tokens.holderOf(header.substring(BEARER.length()).trim());
            if (holder.isPresent()) {
                request.setAttribute(TOKEN_HOLDER, holder.get());
                return context.notifyContainerAboutLogin(holder.get().username(), holder.get().groups());
            }
            response.setHeader("WWW-Authenticate", "Bearer realm=\"SafeCase\", error=\"invalid_token\"");
            return answer(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error.token.refused");
        }
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            UsernamePasswordCredential credential = decode(header.substring(BASIC.length()).trim());
            if (credential != null) {
                Checked checked = check(credential, request);
                if (checked.valid() && secondFactors.refusesBasic(credential.getCaller())) {
                    return answer(request, response, HttpServletResponse.SC_FORBIDDEN, "error.basic.secondFactor");
                }
                if (checked.valid()) {
                    return context.notifyContainerAboutLogin(checked.result());
                }
                if (checked.locked()) {
                    return answer(request, response, 429, "signIn.locked");
                }
            }
        }
        if (context.isProtected() || header != null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"SafeCase\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    /** A name and password through the throttle: refused unchecked while locked, a failure counted and held. */
    private Checked check(UsernamePasswordCredential credential, HttpServletRequest request) {
        String name = credential.getCaller();
        String address = transport.clientAddress(request);
        SignInThrottle.Standing standing = throttle.before(name, address);
        if (standing.locked()) {
            return new Checked(CredentialValidationResult.INVALID_RESULT, true);
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (standing.earlierFailures()) {
                throttle.succeeded(name);
            }
            return new Checked(result, false);
        }
        SignInThrottle.hold(throttle.failed(name, address));
        return new Checked(result, false);
    }

    private static AuthenticationStatus refuseSessionIdInAddress(HttpServletRequest request, HttpServletResponse response,
                                                                 HttpMessageContext context) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            String path = URL_SESSION_ID.matcher(request.getRequestURI()).replaceAll("");
            return context.redirect(path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        }
        return answer(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.sessionIdInAddress");
    }

    /**
     * A page of our own that sends the browser on at once ({@code meta refresh}, which the
     * Content-Security-Policy does not govern, and a link in words): the navigation it starts is
     * same-site, so the {@code SameSite=Strict} session cookie goes with it, where a redirect
     * would still count as the provider's.
     */
    private static AuthenticationStatus sameSiteStep(HttpServletRequest request, HttpServletResponse response,
                                                     String address) {
        Locale locale = Locales.resolve(null, Collections.list(request.getLocales()));
        String href = address.replace("&", "&amp;");
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta http-equiv=\"refresh\" content=\"0;url=" + href + "\"><title>"
                    + Messages.text(locale, "app.name") + "</title></head><body><p><a href=\"" + href + "\">"
                    + Messages.text(locale, "signIn.sso.continue") + "</a></p></body></html>");
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Answers a refusal in words, as the API's JSON error body, and ends the request. */
    private static AuthenticationStatus answer(HttpServletRequest request, HttpServletResponse response, int status,
                                               String key) {
        Locale locale = Locales.resolve(null, Collections.list(request.getLocales()));
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder().add("status", status)
                    .add("message", Messages.text(locale, key)).add("fields", Json.createArrayBuilder()).build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** Whether the request is for {@code /api}; repeated slashes ({@code //api/...}), which the container maps the same, count too. */
    private static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The path inside the application, repeated slashes read as one, as the container maps them. */
    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).replaceAll("/{2,}", "/");
    }

    private static String loginUrl(HttpServletRequest request) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }
}
