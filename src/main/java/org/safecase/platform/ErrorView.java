package org.safecase.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The error page ({@code /error.xhtml}) in words: the refusal {@link PageRefusals} answered
 * with, or, when the container sent the person here (a page that does not exist, a method the
 * page does not take), the words for that status. Reads the request only.
 */
@Named
@RequestScoped
public class ErrorView {
    static final String ANSWER = ErrorView.class.getName() + ".answer";
    private static final String STATUS = "jakarta.servlet.error.status_code";

    /** What the person is told, with the status sent and the page to go back to (if any). */
    public record Answer(int status, String title, String message, String back) {
        static Answer of(Throwable refusal) {
            if (refusal instanceof ViewExpiredException expired) {
                return expired(expired.getViewId());
            }
            if (refusal instanceof org.primefaces.csp.CspException) {
                // A post whose nonce is not its page's, found by PrimeFaces while rendering (PageNonceCheck finds it first).
                return expired(null);
            }
            if (refusal instanceof NotAllowedException) {
                return refused(403, refusal.getLocalizedMessage());
            }
            if (refusal instanceof NotFoundException) {
                return refused(404, refusal.getLocalizedMessage());
            }
            if (refusal instanceof ConflictException) {
                return refused(409, refusal.getLocalizedMessage());
            }
            if (refusal instanceof InvalidInputException invalid) {
                return refused(400, Messages.text("refusal.invalid", invalid.problems().stream()
                        .map(FieldProblem::message).collect(Collectors.joining(" "))));
            }
            if (refusal instanceof jakarta.servlet.ServletException) {
                // The container could not read the request as the page needs it (e.g. a file field posted
                // without multipart/form-data): the request is at fault, not the application.
                return refused(400, Messages.text("refusal.page.400"));
            }
            return new Answer(500, Messages.text("error.title"), Messages.text("error.body"), null);
        }

        /** The page's state is gone, or the post was not the page's own: nothing was saved. */
        static Answer expired(String back) {
            return new Answer(400, Messages.text("refusal.expired.title"), Messages.text("error.expired"), back);
        }

        private static Answer refused(int status, String message) {
            return new Answer(status, Messages.text("refusal.title." + status), message, null);
        }

        Answer withErrorId(String errorId) {
            return new Answer(status, title, Messages.text("error.bodyWithId", errorId), back);
        }
    }

    private Answer answer() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        if (request.get(ANSWER) instanceof Answer answer) {
            return answer;
        }
        if (request.get(STATUS) instanceof Integer status && Messages.find(Locales.current(), "refusal.page." + status).isPresent()) {
            return new Answer(status, Messages.text("refusal.title." + status), Messages.text("refusal.page." + status), null);
        }
        if ("true".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("expired"))) {
            return Answer.expired(null);
        }
        return new Answer(500, Messages.text("error.title"), Messages.text("error.body"), null);
    }

    public String getTitle() {
        return answer().title();
    }

    public String getMessage() {
        return answer().message();
    }

    /** The page to try again on (after an expired page), or null. */
    public String getBack() {
        String back = answer().back();
        return back == null || back.equals(PageRefusals.ERROR_VIEW) ? null : back;
    }
}
