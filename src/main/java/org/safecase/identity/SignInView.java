package org.safecase.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.safecase.platform.Messages;

import java.io.IOException;

/** Backs {@code login.xhtml}. */
@Named
@RequestScoped
public class SignInView {
    /** The start of the bundle keys of single sign-on refusals ({@code ?refused=} on the sign-in page names the rest). */
    static final String SSO_REFUSAL = "signIn.sso.";
    private static final java.util.Set<String> SSO_REFUSALS = java.util.Set.of("unknown", "inactive", "failed");

    @Inject
    SecurityContext securityContext;
    @Inject
    FacesContext faces;
    @Inject
    Messages messages;
    @Inject
    OidcSettings oidc;

    private String username;
    private String password;
    private String next;
    private String refused;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                                password == null ? "" : password))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
            case SEND_CONTINUE -> {
                HttpSession session = ((HttpServletRequest) external.getRequest()).getSession(false);
                if (HalfSignedIn.user(session).isPresent()) {
                    HalfSignedIn.rememberNext(session, safeNext());
                }
                faces.responseComplete();
            }
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get(external.getRequestMap().get(SignInMechanism.REFUSAL) instanceof String key
                            ? key : "signIn.failed"), null));
        }
    }

    public void signOut() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException alreadyOut) {
            // nothing to undo: the session is invalidated below either way
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }

    /** Only paths inside the application: an absolute or protocol-relative URL is an open redirect. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return next;
    }

    /** Issue #13 item 1: whether the page offers "Sign in with" the LA's provider. */
    public boolean isSingleSignOn() {
        return oidc.isConfigured();
    }

    public String getSingleSignOnLabel() {
        return messages.get("signIn.sso.button", oidc.getProviderName());
    }

    /** Why a single sign-on was just refused, in words, or null; only the known reasons are read from the address. */
    public String getSingleSignOnRefusal() {
        return refused != null && SSO_REFUSALS.contains(refused) ? messages.get(SSO_REFUSAL + refused) : null;
    }

    public String getRefused() {
        return refused;
    }

    public void setRefused(String refused) {
        this.refused = refused;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
