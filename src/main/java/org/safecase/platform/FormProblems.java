package org.safecase.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * What a form page shows when its boundary refuses: each field's problem beside its field (the
 * page reads {@link #of}), and a refusal, conflict or not-found as a message on the page, in
 * words. Anything else is rethrown to the error page and the log. One per page bean.
 */
public final class FormProblems implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> byField = new HashMap<>();
    private String pageRefusal;

    /** The problem of a field, or null. */
    public String of(String field) {
        return byField.get(field);
    }

    public void clear() {
        byField.clear();
    }

    /**
     * Shows a boundary's failure on the page.
     *
     * @return true when what the action named was not found (the page should forget its form)
     */
    public boolean show(RuntimeException failure) {
        Throwable cause = Failures.rootOf(failure);
        if (cause instanceof InvalidInputException invalid) {
            invalid.problems().forEach(p -> byField.putIfAbsent(p.field(), p.message()));
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        if (cause instanceof NotAllowedException || cause instanceof NotFoundException || cause instanceof ConflictException) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, cause.getLocalizedMessage(), null));
            return cause instanceof NotFoundException;
        }
        throw failure;
    }

    /**
     * A boundary's refusal of the whole page, said in its place with a 403 (the page renders
     * {@link #pageRefusal} and no form); anything else is rethrown.
     */
    public void refusePage(RuntimeException failure) {
        if (!(Failures.rootOf(failure) instanceof NotAllowedException refusal)) {
            throw failure;
        }
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        pageRefusal = refusal.getLocalizedMessage();
    }

    /** Why the caller may not use the page at all, or null. */
    public String pageRefusal() {
        return pageRefusal;
    }
}
