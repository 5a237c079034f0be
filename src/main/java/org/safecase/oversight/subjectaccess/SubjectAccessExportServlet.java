package org.safecase.oversight.subjectaccess;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safecase.identity.CurrentCaller;
import org.safecase.platform.ConflictException;
import org.safecase.platform.Failures;
import org.safecase.platform.NotAllowedException;
import org.safecase.platform.NotFoundException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Downloads of a released export for signed-in pages ({@code /oversight/subject-access-export?id=..&format=pdf|json}),
 * through the same boundary as the API: the subject only, after release; a refusal is answered in words.
 */
@WebServlet("/oversight/subject-access-export")
public class SubjectAccessExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SubjectAccess subjectAccess;
    @Inject
    transient CurrentCaller currentCaller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        boolean pdf = !"json".equals(request.getParameter("format"));
        byte[] body;
        try {
            if (id == null || !id.matches("[0-9]{1,18}")) {
                throw new NotFoundException("notFound.subjectAccess");
            }
            long requestId = Long.parseLong(id);
            if (pdf) {
                body = subjectAccess.exportPdf(currentCaller.get(), requestId);
            } else {
                try (Jsonb json = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
                    body = json.toJson(subjectAccess.export(currentCaller.get(), requestId)).getBytes(StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        } catch (RuntimeException e) {
            Throwable root = Failures.rootOf(e);
            int status = root instanceof NotFoundException ? 404 : root instanceof NotAllowedException ? 403
                    : root instanceof ConflictException ? 409 : 0;
            if (status == 0) {
                throw e;
            }
            response.setStatus(status);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(root.getLocalizedMessage().getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType(pdf ? "application/pdf" : "application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"subject-access." + (pdf ? "pdf" : "json") + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
