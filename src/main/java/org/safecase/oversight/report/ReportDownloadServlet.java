package org.safecase.oversight.report;

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

/**
 * The governors' report ({@code ?school=<id>&year=<start year>&format=csv|pdf}) and the LA's
 * figures ({@code ?la=true&year=..&format=..}) as downloads for signed-in pages; the same figures
 * as the page. Refused as not found (404) or not allowed (403); a malformed year or format is 400.
 */
@WebServlet("/oversight/download")
public class ReportDownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient GovernorsReports reports;
    @Inject
    transient CurrentCaller currentCaller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SchoolYear year;
        GovernorsReports.Format format;
        Long school = null;
        boolean localAuthority = "true".equals(request.getParameter("la"));
        try {
            year = new SchoolYear(Integer.parseInt(request.getParameter("year")));
            format = GovernorsReports.Format.valueOf(String.valueOf(request.getParameter("format")).toUpperCase(java.util.Locale.ROOT));
            if (!localAuthority) {
                school = Long.valueOf(request.getParameter("school"));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            response.sendError(400);
            return;
        }
        byte[] body;
        try {
            body = localAuthority ? reports.dashboardDownload(currentCaller.get(), year, format)
                    : reports.download(currentCaller.get(), school, year, format);
        } catch (RuntimeException e) {
            Throwable cause = Failures.rootOf(e);
            if (cause instanceof NotFoundException || cause instanceof NotAllowedException) {
                response.sendError(cause instanceof NotFoundException ? 404 : 403);
                return;
            }
            throw e;
        }
        String name = (localAuthority ? "la-figures-" : "governors-report-") + year.startYear()
                + (format == GovernorsReports.Format.CSV ? ".csv" : ".pdf");
        response.setContentType(format == GovernorsReports.Format.CSV ? "text/csv; charset=UTF-8" : "application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
