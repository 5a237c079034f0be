package org.safecase.platform;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.component.UIViewRoot;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Item 4 of issue #12: whatever a page action throws is answered in words on a page with the
 * normal template, never with a stack trace or a bare 500. Mojarra decodes components that are not
 * rendered (a hidden button posted anyway still runs its action), and a ViewState may be stale or
 * another session's, so every refusal the boundaries raise must reach the person as a refusal:
 * <ul>
 *   <li>{@link NotAllowedException} 403, {@link NotFoundException} 404, {@link ConflictException}
 *       409, {@link InvalidInputException} 400, each with its own wording;</li>
 *   <li>{@link ViewExpiredException} (the page's state is gone, or was never this session's) 400,
 *       "your page had expired, so nothing was saved";</li>
 *   <li>anything else is a bug: logged with an error id, the view and the phase (never names or
 *       case text), and answered 500 with the id.</li>
 * </ul>
 * An ajax request gets the same page as a full-page update with status 200, because PrimeFaces
 * drops a partial response that comes with an error status and the person would see nothing.
 * The page is {@code /error.xhtml}; {@link ErrorView} words it.
 */
public class PageRefusals extends ExceptionHandlerWrapper {
    private static final Logger LOG = Logger.getLogger(PageRefusals.class.getName());
    static final String ERROR_VIEW = "/error.xhtml";

    public PageRefusals(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
        Throwable first = null;
        while (context != null && queued.hasNext()) {
            Throwable thrown = queued.next().getContext().getException();
            if (thrown instanceof AbortProcessingException) {
                continue;
            }
            queued.remove();
            if (first == null) {
                first = thrown;
            }
        }
        if (first != null) {
            answer(context, first);
        }
        getWrapped().handle();
    }

    private static void answer(FacesContext context, Throwable thrown) {
        Throwable root = rootOf(thrown);
        ErrorView.Answer answer = ErrorView.Answer.of(root);
        String viewId = context.getViewRoot() == null ? "-" : context.getViewRoot().getViewId();
        if (answer.status() >= 500) {
            String errorId = UUID.randomUUID().toString();
            answer = answer.withErrorId(errorId);
            LOG.log(Level.SEVERE, "Unhandled page error " + errorId + " (" + root.getClass().getName() + ") in "
                    + viewId + ", phase " + context.getCurrentPhaseId(), Failures.forLog(root));
        } else {
            LOG.fine(() -> "Refused in " + viewId + ": " + root.getClass().getSimpleName());
        }
        ExternalContext external = context.getExternalContext();
        if (context.getResponseComplete() || external.isResponseCommitted()) {
            return;
        }
        if (context.getViewRoot() != null && ERROR_VIEW.equals(context.getViewRoot().getViewId())
                && external.getRequestMap().containsKey(ErrorView.ANSWER)) {
            failedAgain(context, viewId, root);
            return;
        }
        boolean ajax = context.getPartialViewContext().isAjaxRequest();
        try {
            boolean rendering = context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
            if (rendering) {
                String contentType = external.getResponseContentType();
                external.responseReset();
                if (contentType != null) {
                    external.setResponseContentType(contentType);
                }
                guard(external);
            }
            if (context.isPostback() || ajax) {
                ErrorPageNonce.install(context, rendering);
            }
            external.getRequestMap().put(ErrorView.ANSWER, answer);
            UIViewRoot errorView = context.getApplication().getViewHandler().createView(context, ERROR_VIEW);
            context.setViewRoot(errorView);
            if (ajax) {
                context.getPartialViewContext().setRenderAll(true);
            } else {
                external.setResponseStatus(answer.status());
            }
            if (rendering) {
                context.getApplication().getViewHandler().renderView(context, errorView);
                context.responseComplete();
            } else {
                context.renderResponse();
            }
        } catch (IOException | RuntimeException failed) {
            failedAgain(context, viewId, failed);
        }
    }

    /** The security headers again, after a reset of the answer took them away. */
    private static void guard(ExternalContext external) {
        if (external.getRequest() instanceof HttpServletRequest request
                && external.getResponse() instanceof HttpServletResponse response) {
            SecurityHeaders.guard(request, response, CDI.current().select(TransportSecurity.class).get().overTls(request));
        }
    }

    /** The error page itself failed: the container's plain error page is all that is left. */
    private static void failedAgain(FacesContext context, String viewId, Throwable failed) {
        LOG.log(Level.SEVERE, "The error page itself failed after an error in " + viewId, Failures.forLog(failed));
        try {
            if (!context.getExternalContext().isResponseCommitted()) {
                context.getExternalContext().responseReset();
                context.getExternalContext().responseSendError(500, null);
            }
        } catch (IOException | RuntimeException ignored) {
            LOG.log(Level.FINE, "No error answer could be sent", ignored);
        }
        context.responseComplete();
    }

    /** The refusal beneath the wrappers that EL, Faces, EJB and JTA put around it. */
    static Throwable rootOf(Throwable thrown) {
        Throwable current = thrown;
        while (!(current instanceof ViewExpiredException) && current.getCause() != null
                && (current instanceof FacesException || current instanceof ELException
                || current instanceof EJBException || current instanceof RollbackException
                || current instanceof TransactionalException)) {
            current = current.getCause();
        }
        return current;
    }
}
