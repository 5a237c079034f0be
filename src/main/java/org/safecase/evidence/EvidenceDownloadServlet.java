package org.safecase.evidence;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safecase.identity.CurrentCaller;
import org.safecase.platform.Failures;
import org.safecase.platform.ConflictException;
import org.safecase.platform.NotFoundException;

import java.io.IOException;

/** Downloads for signed-in pages ({@code /casefile/evidence-file?ref=..&id=..}), through the same checks as the API. */
@WebServlet("/casefile/evidence-file")
public class EvidenceDownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Evidence evidence;
    @Inject
    transient CurrentCaller currentCaller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EvidenceFile file;
        try {
            file = evidence.download(currentCaller.get(), request.getParameter("ref"), parseId(request.getParameter("id")));
        } catch (RuntimeException e) {
            Throwable root = Failures.rootOf(e);
            if (root instanceof NotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (root instanceof ConflictException withheld) {
                response.sendError(HttpServletResponse.SC_CONFLICT, withheld.getLocalizedMessage());
                return;
            }
            throw e;
        }
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    private static Long parseId(String id) {
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }
}
