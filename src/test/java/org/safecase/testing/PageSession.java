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
    /** The field PrimeFaces' script adds to every form of a page: the page's CSP nonce, which a post must carry. */
    public static final String NONCE_FIELD = "primefaces.nonce";
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager(new LoopbackCookies(), java.net.CookiePolicy.ACCEPT_ORIGINAL_SERVER);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    /** The same session, showing redirects as they come (posts are judged by their own answer). */
    private final HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private PageSession(URL deployment) {
        this.base = Deployments.root(deployment);
    }

    /** A browser that has not signed in. */
    public static PageSession anonymous(URL deployment) {
        return new PageSession(deployment);
    }

    /** Signs in through the sign-in page, as a person would. */
    public static PageSession signedInAs(URL deployment, String username) {
        PageSession session = new PageSession(deployment);
        HttpResponse<String> signedIn = session.signIn(username, Api.PASSWORD);
        if (signedIn.body().contains("id=\"signIn\"")) {
            throw new IllegalStateException("sign-in refused for " + username);
        }
        return session;
    }

    /**
     * Opens the sign-in page and answers the fields its form posts with this name and password,
     * as a browser running the page's script sends them (with PrimeFaces' CSP nonce, without
     * which the post is refused as an expired page), so that a caller can time the post alone
     * ({@link #post} to {@code login.xhtml}).
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
        fields.put(NONCE_FIELD, nonce(page));
        return fields;
    }

    /** Types a name and password into the sign-in page and sends it; answers the page that follows. */
    public HttpResponse<String> signIn(String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(signInForm(username, password)))));
    }

    /**
     * Fills in a form of a page already opened and presses one of its buttons, as a browser would
     * (the page's view state and CSP nonce go with it); answers the page that follows, redirects followed.
     */
    public HttpResponse<String> submit(HttpResponse<String> page, String form, Map<String, String> fields, String button) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("no form on " + page.uri());
        }
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(form, form);
        fields.forEach((name, value) -> posted.put(form + ":" + name, value));
        posted.put(form + ":" + button, "");
        posted.put("jakarta.faces.ViewState", viewState.group(1));
        posted.put(NONCE_FIELD, nonce(page.body()));
        return send(HttpRequest.newBuilder(page.uri()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(posted))));
    }

    /** A page's CSP nonce, as a browser's copy of PrimeFaces' script would put it into each form ("" if none). */
    public static String nonce(String page) {
        Matcher found = NONCE.matcher(page);
        return found.find() ? found.group(1) : "";
    }

    /** The session cookie's value, for sending the same session another way (e.g. in the address). */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> "JSESSIONID".equalsIgnoreCase(c.getName()))
                .map(java.net.HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no session"));
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

    /** Opens any address (another site's, issue #13 item 1), following redirects, with this session's cookies. */
    public HttpResponse<String> open(URI address) {
        return send(HttpRequest.newBuilder(address).GET());
    }

    /**
     * Sends a form as a browser would, to any address (another site's sign-in form, issue #13
     * item 1), following redirects wherever they lead, with this session's cookies for every site.
     */
    public HttpResponse<String> submit(String address, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /**
     * Cookies as a browser keeps them for a loopback address, which it treats as a secure
     * context: a {@code Secure} cookie set over plain HTTP by a server on this machine (Keycloak
     * marks its sign-in cookies so) is sent back, where Java's cookie manager would drop it.
     */
    private static final class LoopbackCookies implements java.net.CookieStore {
        private final java.net.CookieStore store = new CookieManager().getCookieStore();

        @Override
        public void add(URI uri, java.net.HttpCookie cookie) {
            if (uri != null && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()))) {
                cookie.setSecure(false);
            }
            store.add(uri, cookie);
        }

        @Override
        public java.util.List<java.net.HttpCookie> get(URI uri) {
            return store.get(uri);
        }

        @Override
        public java.util.List<java.net.HttpCookie> getCookies() {
            return store.getCookies();
        }

        @Override
        public java.util.List<URI> getURIs() {
            return store.getURIs();
        }

        @Override
        public boolean remove(URI uri, java.net.HttpCookie cookie) {
            return store.remove(uri, cookie);
        }

        @Override
        public boolean removeAll() {
            return store.removeAll();
        }
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
