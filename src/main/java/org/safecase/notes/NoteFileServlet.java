package org.safecase.notes;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safecase.evidence.ContentDisposition;
import org.safecase.identity.CurrentCaller;
import org.safecase.platform.Failures;
import org.safecase.platform.NotFoundException;

import java.io.IOException;

/**
 * Downloads of confidential notes' files for signed-in pages ({@code /notes/file?ref=..&note=..&id=..}),
 * through the same checks as the API (R-X-2): anyone but the author and the people named gets 404.
 */
@WebServlet("/notes/file")
public class NoteFileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ConfidentialNotes notes;
    @Inject
    transient CurrentCaller currentCaller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        NoteDownload file;
        try {
            file = notes.download(currentCaller.get(), request.getParameter("ref"), parseId(request.getParameter("note")),
                    parseId(request.getParameter("id")));
        } catch (RuntimeException e) {
            if (Failures.rootOf(e) instanceof NotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    private static Long parseId(String id) {
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }
}
