package org.safecase.platform;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspState;

/**
 * The error page's own nonce, when it answers a post (issue #12 item 4). PrimeFaces takes the
 * nonce of a post's answer from the post itself and fails when the post carried none or another
 * page's: exactly the posts that are refused. The error page is a new page, so it gets a fresh
 * nonce of its own, through the per-request CSP state PrimeFaces looks up
 * ({@code PrimeFacesContext.getCspState}, kept in the FacesContext's attributes under the class's
 * name).
 */
final class ErrorPageNonce extends CspState {
    private final String nonce;

    private ErrorPageNonce(FacesContext context) {
        super(context);
        this.nonce = generateNonce();
    }

    @Override
    public String getNonce() {
        return nonce;
    }

    /**
     * Gives the error page a fresh nonce; when the page is rendered at once ({@code headerNow}),
     * outside PrimeFaces' phase listener, also its policy header.
     */
    static void install(FacesContext context, boolean headerNow) {
        if (!"true".equalsIgnoreCase(context.getExternalContext().getInitParameter("primefaces.CSP"))) {
            return;
        }
        ErrorPageNonce state = new ErrorPageNonce(context);
        context.getAttributes().put(CspState.class.getName(), state);
        if (headerNow && context.getExternalContext().getResponse() instanceof HttpServletResponse response) {
            String policy = context.getExternalContext().getInitParameter("primefaces.CSP_POLICY");
            response.setHeader("Content-Security-Policy", (policy == null ? "script-src 'self'" : policy.trim())
                    + " 'nonce-" + state.getNonce() + "'");
            state.setInitialized(true);
        }
    }
}
