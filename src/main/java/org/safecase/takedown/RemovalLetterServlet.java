package org.safecase.takedown;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safecase.identity.CurrentCaller;
import org.safecase.platform.Failures;
import org.safecase.platform.NotAllowedException;
import org.safecase.platform.NotFoundException;

import java.io.IOException;

/** The removal-request letter for signed-in pages ({@code /casefile/removal-letter?ref=..}). */
@WebServlet("/casefile/removal-letter")
public class RemovalLetterServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient RemovalLetters letters;
    @Inject
    transient CurrentCaller currentCaller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        try {
            pdf = letters.letter(currentCaller.get(), request.getParameter("ref"), request.getParameter("poster"),
                    request.getParameter("address"));
        } catch (RuntimeException e) {
            Throwable cause = Failures.rootOf(e);
            if (cause instanceof NotFoundException || cause instanceof NotAllowedException) {
                response.sendError(cause instanceof NotFoundException ? 404 : 403);
                return;
            }
            throw e;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"removal-request.pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
