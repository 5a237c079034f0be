package org.safecase.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Issue #13 item 1: talks to the LA's OpenID Connect provider, server to server: its discovery
 * document ({@code {issuer}/.well-known/openid-configuration}, whose {@code issuer} must be the
 * configured one, as OpenID Connect Discovery requires), its signing keys (JWKS, fetched again
 * when a token names a key not yet seen, so that the provider can rotate keys) and its token
 * endpoint, where an authorisation code and its PKCE verifier are exchanged for an ID token.
 * The client authenticates with {@code client_secret_post}, which Entra ID, Google and Keycloak
 * all accept.
 */
@ApplicationScoped
class OidcProvider {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    OidcSettings settings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile JsonObject discovery;
    private volatile Map<String, PublicKey> keys = Map.of();

    /** Thrown when the provider cannot be reached or answers something unusable. */
    static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    String authorizationEndpoint() {
        return endpoint("authorization_endpoint");
    }

    /** Exchanges an authorisation code for the provider's token response. */
    JsonObject exchange(String code, String redirectUri, String verifier) {
        Map<String, String> form = Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "code_verifier", verifier,
                "client_id", settings.clientId(), "client_secret", settings.clientSecret());
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint("token_endpoint"))).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return json(request, "token endpoint");
    }

    /** The provider's RSA signing key of this id, fetching the key set again once if it is not known. */
    Optional<PublicKey> signingKey(String keyId) {
        PublicKey known = keys.get(keyId);
        if (known != null) {
            return Optional.of(known);
        }
        keys = fetchKeys();
        return Optional.ofNullable(keys.get(keyId));
    }

    private String endpoint(String name) {
        JsonObject document = discovery();
        if (!(document.get(name) instanceof JsonString value)) {
            throw new Unavailable("the provider's discovery document has no " + name, null);
        }
        return value.getString();
    }

    private JsonObject discovery() {
        JsonObject document = discovery;
        if (document == null) {
            String issuer = settings.issuer();
            String address = issuer + (issuer.endsWith("/") ? "" : "/") + ".well-known/openid-configuration";
            document = json(HttpRequest.newBuilder(URI.create(address)).timeout(TIMEOUT).GET().build(), "discovery");
            if (!issuer.equals(document.getString("issuer", null))) {
                throw new Unavailable("the provider's discovery document names another issuer", null);
            }
            discovery = document;
        }
        return document;
    }

    private Map<String, PublicKey> fetchKeys() {
        JsonObject set = json(HttpRequest.newBuilder(URI.create(endpoint("jwks_uri"))).timeout(TIMEOUT).GET().build(),
                "key set");
        Map<String, PublicKey> found = new HashMap<>();
        for (JsonValue entry : set.getJsonArray("keys")) {
            JsonObject key = entry.asJsonObject();
            if ("RSA".equals(key.getString("kty", null)) && !"enc".equals(key.getString("use", null))
                    && key.containsKey("kid") && key.containsKey("n") && key.containsKey("e")) {
                found.put(key.getString("kid"), rsaKey(key.getString("n"), key.getString("e")));
            }
        }
        return Map.copyOf(found);
    }

    private static PublicKey rsaKey(String modulus, String exponent) {
        Base64.Decoder decoder = Base64.getUrlDecoder();
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, decoder.decode(modulus)), new BigInteger(1, decoder.decode(exponent))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Unavailable("the provider published an unusable RSA key", e);
        }
    }

    private JsonObject json(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new Unavailable("the provider's " + what + " answered " + response.statusCode(), null);
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unavailable unavailable) {
                throw unavailable;
            }
            throw new Unavailable("the provider's " + what + " could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while asking the provider's " + what, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
