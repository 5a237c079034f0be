package org.safecase.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.safecase.platform.Messages;
import org.safecase.platform.NotAllowedException;
import org.safecase.platform.PageMessages;
import org.safecase.platform.TransportSecurity;

import java.io.IOException;

/**
 * Backs {@code second-factor.xhtml}, the second step of a sign-in (issue #13 item 2): a TOTP code
 * or a recovery code, for the user whose password was right in this session. A session with no
 * step waiting is sent to the sign-in page.
 */
@Named
@RequestScoped
public class SecondFactorView {
    @Inject
    FacesContext faces;
    @Inject
    Messages messages;
    @Inject
    SecondFactors secondFactors;
    @Inject
    TransportSecurity transport;

    private String code;
    private String problem;

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String user = HalfSignedIn.user(request.getSession(false)).orElse(null);
        if (user == null || HalfSignedIn.need(request.getSession(false)) != SecondFactors.Need.CODE) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
            return;
        }
        SecondFactors.Check check;
        try {
            check = secondFactors.check(user, code, transport.clientAddress(request));
        } catch (NotAllowedException refused) {
            PageMessages.showRefusal(refused);
            return;
        }
        code = null;
        SignInThrottle.hold(check.hold());
        if (check.passed()) {
            external.redirect(external.getRequestContextPath() + HalfSignedIn.complete(request));
        } else if (check.outcome() == SecondFactors.Outcome.LOCKED) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("signIn.locked"), null));
        } else {
            problem = messages.get("secondFactor.code.wrong");
        }
    }

    /** Whether a second step waits in this session (else the page offers the sign-in page). */
    public boolean isWaiting() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        return HalfSignedIn.need(request.getSession(false)) == SecondFactors.Need.CODE;
    }

    /** The problem with the code typed, or null. */
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
