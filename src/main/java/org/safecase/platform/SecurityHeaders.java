package org.safecase.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * The headers every answer carries (issue #12 item 3).
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} (and
 * {@code frame-ancestors 'none'} in each policy), {@code Referrer-Policy: no-referrer}: page
 * addresses carry case references ({@code case.xhtml?ref=SC-...}), which must not travel to
 * another site in a Referer; nothing in the application needs the header, so none is sent,
 * not even to ourselves.</li>
 * <li>{@code Cache-Control: no-store} on everything but the static resources under
 * {@code /jakarta.faces.resource} and {@code /resources}: pages, {@code /api} answers and downloads hold
 * case content, which must not stay in a shared computer's cache or a proxy.</li>
 * <li>Content-Security-Policy: pages get PrimeFaces' nonce-based policy ({@code primefaces.CSP}
 * and {@code primefaces.CSP_POLICY} in web.xml); every other answer (JSON, files, letters) gets
 * a policy that allows nothing, so a file opened in the browser can run no script.</li>
 * <li>Over TLS ({@link TransportSecurity}): {@code Strict-Transport-Security} and a {@code Secure}
 * session cookie. Payara sets the cookie's Secure flag only from the connection, which behind a
 * proxy is plain HTTP, so the flag is added here to each {@code Set-Cookie} before the answer is
 * committed: at entry (the sign-in mechanism runs before filters), whenever a session is
 * created or its id changed, and before the body or a redirect is sent.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {
    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String NOTHING_ALLOWED = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final long serialVersionUID = 1L;

    @Inject
    transient TransportSecurity transport;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean overTls = transport.overTls(request);
        guard(request, response, overTls);
        if (!overTls) {
            chain.doFilter(request, response);
            return;
        }
        secureCookies(response);
        chain.doFilter(new SessionWatch(request, response), new BeforeCommit(response));
        secureCookies(response);
    }

    /**
     * Sets the headers on an answer. Called by this filter and by the sign-in mechanism, which runs
     * before any filter and answers refusals (401, 429, a redirect to sign in) on its own.
     */
    public static void guard(HttpServletRequest request, HttpServletResponse response, boolean overTls) {
        String path = request.getServletPath();
        boolean staticResource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (staticResource || !path.endsWith(".xhtml")) {
            response.setHeader("Content-Security-Policy", NOTHING_ALLOWED);
        }
        if (!staticResource) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (overTls) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /** Marks every cookie about to be sent {@code Secure}; does nothing once the answer is committed. */
    static void secureCookies(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
        if (cookies.stream().allMatch(SecurityHeaders::isSecure)) {
            return;
        }
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = isSecure(cookies.get(i)) ? cookies.get(i) : cookies.get(i) + "; Secure";
            if (i == 0) {
                response.setHeader("Set-Cookie", cookie);
            } else {
                response.addHeader("Set-Cookie", cookie);
            }
        }
    }

    static boolean isSecure(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).anyMatch(part -> part.trim().equalsIgnoreCase("Secure"));
    }

    /** Secures the cookie the container adds when a session is created or its id changes. */
    private static final class SessionWatch extends HttpServletRequestWrapper {
        private final HttpServletResponse response;

        SessionWatch(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            if (session != null && session.isNew()) {
                secureCookies(response);
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            secureCookies(response);
            return id;
        }
    }

    /** Secures the cookies once more just before the headers can go out. */
    private static final class BeforeCommit extends HttpServletResponseWrapper {
        BeforeCommit(HttpServletResponse response) {
            super(response);
        }

        private HttpServletResponse target() {
            return (HttpServletResponse) getResponse();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            secureCookies(target());
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            secureCookies(target());
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            secureCookies(target());
            super.flushBuffer();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            secureCookies(target());
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            secureCookies(target());
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            secureCookies(target());
            super.sendError(status);
        }
    }
}
