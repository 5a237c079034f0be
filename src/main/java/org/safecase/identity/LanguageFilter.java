package org.safecase.identity;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.safecase.platform.Locales;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Decides the language of each request (pages, REST answers, downloads) before it is answered:
 * the signed-in person's stored choice, else the browser's Accept-Language among the supported
 * languages, else en-GB ({@link Locales#resolve}). A page session keeps the stored choice so it
 * is read once per session; the language switch replaces it.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class LanguageFilter extends HttpFilter {
    static final String SESSION_CHOICE = LanguageFilter.class.getName() + ".choice";

    @Inject
    LanguageChoices choices;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Locale before = Locales.current();
        Locales.answerIn(Locales.resolve(storedChoice(request), browserLanguages(request)));
        try {
            chain.doFilter(request, response);
        } finally {
            Locales.answerIn(request.getDispatcherType() == DispatcherType.REQUEST ? null : before);
        }
    }

    private String storedChoice(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return null;
        }
        String username = request.getUserPrincipal().getName();
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CHOICE) instanceof String kept
                && kept.startsWith(username + "|")) {
            return kept.substring(username.length() + 1);
        }
        String stored = choices.of(username).orElse("");
        if (session != null) {
            session.setAttribute(SESSION_CHOICE, username + "|" + stored);
        }
        return stored;
    }

    /** The browser's languages in its order of preference; none when it sent no Accept-Language. */
    private static List<Locale> browserLanguages(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return List.of();
        }
        return Collections.list(request.getLocales());
    }
}
