package org.safecase.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Page actions' answers in words: a refusal the person can act on (a conflict, a step that is not
 * theirs) is shown on the page; anything else is rethrown to the error page and the log.
 */
public final class PageMessages {
    private PageMessages() {
    }

    /** @return true if the failure was shown; otherwise it is rethrown */
    public static boolean showRefusal(RuntimeException failure) {
        Throwable root = Failures.rootOf(failure);
        if (!(root instanceof ConflictException) && !(root instanceof NotAllowedException)) {
            throw failure;
        }
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, root.getLocalizedMessage(), null));
        return true;
    }

    /** An information message on the page shown now. */
    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** An information message that survives the redirect after a successful post. */
    public static void infoAfterRedirect(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
