package org.safecase.platform;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns exceptions into JSON errors: what the caller can fix is said in words, in the caller's
 * language ({@link Locales#current()}); anything else
 * is logged with an error id (never case text) and answered with that id only.
 */
@Provider
public class RestErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(RestErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = Failures.rootOf(thrown);
        Locale locale = Locales.current();
        if (e instanceof InvalidInputException invalid) {
            return json(400, ErrorBody.of(400, Messages.text(locale, "error.rest.invalidFields"), invalid.problems(), locale));
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            return json(400, ErrorBody.of(400, Messages.text(locale, "error.rest.notJson")));
        }
        if (e instanceof NotFoundException) {
            return json(404, ErrorBody.of(404, e.getLocalizedMessage()));
        }
        if (e instanceof NotAllowedException) {
            return json(403, ErrorBody.of(403, e.getLocalizedMessage()));
        }
        if (e instanceof ConflictException) {
            return json(409, ErrorBody.of(409, e.getLocalizedMessage()));
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return json(status, ErrorBody.of(status, Messages.find(locale, "error.rest.status." + status)
                    .orElse(web.getResponse().getStatusInfo().getReasonPhrase())));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unhandled REST error " + errorId + " (" + e.getClass().getName() + ")", Failures.forLog(e));
        return json(500, ErrorBody.of(500, Messages.text(locale, "error.rest.unexpected", errorId)));
    }

    private static Response json(int status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
