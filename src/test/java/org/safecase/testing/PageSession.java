package org.safecase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session on the pages (form sign-in, session cookie) without a browser: for
 * checking what a page or download answers to each role, where clicking adds nothing.
 */
public final class PageSession {
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP nonce of a page, which its script adds to each form it posts back. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    /** The same session, showing redirects as they come (posts are judged by their own answer). */
    private final HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private PageSession(URL deployment) {
        this.base = deployment.toString().replaceAll("/?$", "/");
    }

    /** A browser that has not signed in. */
    public static PageSession anonymous(URL deployment) {
        return new PageSession(deployment);
    }

    /** Signs in through the sign-in page, as a person would. */
    public static PageSession signedInAs(URL deployment, String username) {
        PageSession session = new PageSession(deployment);
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(URI.create(session.base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(session.signInForm(username, Api.PASSWORD)))));
        if (signedIn.body().contains("id=\"signIn\"")) {
            throw new IllegalStateException("sign-in refused for " + username);
        }
        return session;
    }

    /**
     * Opens the sign-in page and answers the fields its form posts with this name and password,
     * as a browser running the page's script sends them (with PrimeFaces' CSP nonce, without
     * which a post back that renders the page again answers 500), so that a caller can time the
     * post alone ({@link #post} to {@code login.xhtml}).
     */
    public Map<String, String> signInForm(String username, String password) {
        String page = get("login.xhtml").body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signIn", "signIn");
        fields.put("signIn:username", username);
        fields.put("signIn:password", password);
        fields.put("signIn:next", "");
        fields.put("signIn:submit", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        return fields;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /**
     * Posts a form as a browser would (URL-encoded), to an address relative to the deployment or
     * absolute on its host (a form's {@code action}), with extra headers (ajax); redirects are
     * not followed.
     */
    public HttpResponse<String> post(String action, Map<String, String> fields, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base).resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        headers.forEach(request::header);
        return send(noRedirects, request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
