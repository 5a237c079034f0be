package org.safecase.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * A post to a page must carry that page's own nonce (issue #12 items 3 and 4). PrimeFaces' CSP
 * support gives each page a nonce, keeps it in the view and writes it into every form of the page
 * ({@code primefaces.nonce}), but compares the two only when it renders the answer, after the
 * action has run, and then fails with a bare 500. This compares them as soon as the view is
 * restored: a post that did not come from the page as it was served (built by hand, or replayed
 * from another page) runs nothing and is answered as an expired page, in words
 * ({@link PageRefusals}).
 */
public class PageNonceCheck implements PhaseListener {
    static final String NONCE = "primefaces.nonce";
    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing to check before the view is restored.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view == null || !context.isPostback() || context.getResponseComplete() || context.getRenderResponse()) {
            return;
        }
        Map<String, Object> viewMap = view.getViewMap(false);
        if (viewMap == null || !(viewMap.get(NONCE) instanceof String expected)) {
            return;
        }
        String sent = context.getExternalContext().getRequestParameterMap().get(NONCE);
        if (sent == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            throw new ViewExpiredException("The post does not carry its page's nonce", view.getViewId());
        }
    }
}
