package org.safecase.policy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safecase.identity.CurrentCaller;
import org.safecase.platform.Failures;
import org.safecase.platform.NotFoundException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A policy's PDF for signed-in pages ({@code /policy/document?version=<id>}), for whoever may read
 * the school's policy ({@link Policies#document}), as a download (the PDF passed
 * evidence's upload checks when it was published).
 */
@WebServlet("/policy/document")
public class PolicyDocumentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Policies policies;
    @Inject
    transient CurrentCaller currentCaller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("version");
        PolicyDocument document;
        try {
            document = policies.document(currentCaller.get(), id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null);
        } catch (RuntimeException e) {
            if (Failures.rootOf(e) instanceof NotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"policy.pdf\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(document.content().length);
        response.getOutputStream().write(document.content());
    }
}
