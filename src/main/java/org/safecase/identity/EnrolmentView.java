package org.safecase.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.safecase.platform.Messages;
import org.safecase.platform.NotAllowedException;
import org.safecase.platform.PageMessages;
import org.safecase.platform.TransportSecurity;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Backs {@code second-factor-enrol.xhtml} (issue #13 item 2): a user who must use a second factor
 * and has none is shown a new secret, as text and as an {@code otpauth://} address for an
 * authenticator app, confirms it with a first code, and is then signed in and shown ten recovery
 * codes, this once. The secret lives only in this page's state until confirmed; it is never logged.
 */
@Named
@ViewScoped
public class EnrolmentView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String ISSUER = "SafeCase";

    @Inject
    transient SecondFactors secondFactors;
    @Inject
    transient Messages messages;
    @Inject
    transient TransportSecurity transport;

    private String username;
    private String secret;
    private String code;
    private String problem;
    private String next;
    private List<String> recoveryCodes = List.of();

    @PostConstruct
    void start() {
        HttpServletRequest request = request();
        if (HalfSignedIn.need(request.getSession(false)) == SecondFactors.Need.ENROL) {
            username = HalfSignedIn.user(request.getSession(false)).orElse(null);
            secret = secondFactors.newSecret();
        }
    }

    public void confirm() {
        problem = null;
        HttpServletRequest request = request();
        if (username == null || !username.equals(HalfSignedIn.user(request.getSession(false)).orElse(null))) {
            message(FacesMessage.SEVERITY_ERROR, "secondFactor.enrol.notWaiting");
            return;
        }
        SecondFactors.Check check;
        try {
            check = secondFactors.enrol(username, secret, code, transport.clientAddress(request));
        } catch (NotAllowedException refused) {
            PageMessages.showRefusal(refused);
            return;
        }
        code = null;
        SignInThrottle.hold(check.hold());
        if (check.passed()) {
            next = HalfSignedIn.complete(request);
            recoveryCodes = check.recoveryCodes();
            secret = null;
        } else if (check.outcome() == SecondFactors.Outcome.LOCKED) {
            message(FacesMessage.SEVERITY_ERROR, "signIn.locked");
        } else {
            problem = messages.get("secondFactor.code.wrong");
        }
    }

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, messages.get(key), null));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** Whether this page has a secret to offer (a user waiting to enrol). */
    public boolean isWaiting() {
        return secret != null;
    }

    public boolean isEnrolled() {
        return !recoveryCodes.isEmpty();
    }

    /** The secret in groups of four, as people type it into an app. */
    public String getSecret() {
        return secret == null ? null : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The key URI format authenticator apps read: issuer, account, secret and RFC 6238's parameters. */
    public String getUri() {
        if (secret == null) {
            return null;
        }
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    /** Where to go once the recovery codes are put away. */
    public String getNext() {
        return next;
    }

    public String getProblem() {
        return problem;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
