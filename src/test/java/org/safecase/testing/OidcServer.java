package org.safecase.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Issue #13 item 1: a real OpenID Connect provider for the tests, Keycloak's distribution
 * (unpacked by Maven into {@code target/oidc-server}), started once per test run: lazily, by the
 * first test that asks for it, and stopped by a JVM shutdown hook, never per class (its first
 * start takes about 45 s). It runs in memory ({@code --db dev-mem}) with the test realm
 * {@code safecase} ({@code src/test/resources/oidc/safecase-realm.json}) imported at start, so
 * every run begins clean; a Keycloak already answering on the port (started by hand while
 * working) is used as it is. The SafeCase server under test is given its issuer in pom.xml.
 * Users are made by each test through Keycloak's admin REST API.
 */
public final class OidcServer {
    public static final String REALM = "safecase";
    /** The password of every user made here. */
    public static final String PASSWORD = "Provider-test-1";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int PORT = Integer.getInteger("safecase.test.oidc.port", 8180);
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static boolean running;

    private OidcServer() {
    }

    /** The issuer of the test realm, once the provider answers (started on first use). */
    public static synchronized String issuer() {
        if (!running) {
            if (!answers()) {
                start();
            }
            running = true;
        }
        return BASE + "/realms/" + REALM;
    }

    /** Makes a user at the provider, with an e-mail and whether it is verified; answers its subject ({@code sub}). */
    public static String addUser(String email, boolean emailVerified) {
        issuer();
        String username = "p" + UUID.randomUUID().toString().substring(0, 12);
        String body = Json.createObjectBuilder().add("username", username).add("email", email)
                .add("emailVerified", emailVerified).add("enabled", true)
                .add("firstName", "Test").add("lastName", "Person")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", PASSWORD).add("temporary", false)))
                .build().toString();
        HttpResponse<String> made = send(admin("users").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (made.statusCode() != 201) {
            throw new IllegalStateException("Keycloak did not make the user: " + made.statusCode() + " " + made.body());
        }
        String location = made.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The user name at the provider of a subject made by {@link #addUser}. */
    public static String usernameOf(String subject) {
        return json(send(admin("users/" + subject).GET()).body()).getString("username");
    }

    /** Changes a user's e-mail at the provider, as the LA's IT would. */
    public static void changeEmail(String subject, String email) {
        String body = Json.createObjectBuilder().add("email", email).add("emailVerified", true).build().toString();
        HttpResponse<String> changed = send(admin("users/" + subject).PUT(HttpRequest.BodyPublishers.ofString(body)));
        if (changed.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not change the e-mail: " + changed.statusCode() + " " + changed.body());
        }
    }

    private static HttpRequest.Builder admin(String path) {
        String form = Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin")
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(BASE + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        return HttpRequest.newBuilder(URI.create(BASE + "/admin/realms/" + REALM + "/" + path))
                .header("Authorization", "Bearer " + json(token.body()).getString("access_token"))
                .header("Content-Type", "application/json");
    }

    private static void start() {
        Path home = Path.of(System.getProperty("safecase.test.oidc.home", "target/oidc-server/keycloak-26.7.3"));
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (var realm = OidcServer.class.getResourceAsStream("/oidc/safecase-realm.json")) {
                Files.copy(realm, imports.resolve("safecase-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port", String.valueOf(PORT), "--http-host", "127.0.0.1", "--hostname", BASE,
                    "--db", "dev-mem", "--import-realm")
                    .redirectErrorStream(true).redirectOutput(home.resolve("keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("safecase.test.oidc.java.home",
                    "/usr/lib/jvm/temurin-25-jdk-amd64"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            Instant began = Instant.now();
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
            }, "stop-keycloak"));
            Instant deadline = began.plus(START_TIMEOUT);
            while (!answers()) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Keycloak did not start; see " + home.resolve("keycloak.log"));
                }
                Thread.sleep(1_000);
            }
            System.out.println("Keycloak answered after " + Duration.between(began, Instant.now()).toSeconds() + " s");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean answers() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/realms/" + REALM + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
