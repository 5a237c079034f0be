package org.safecase.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A REST client signed in as one demo user (HTTP Basic) or holding an API token, for the API tests. */
public final class Api {
    public static final String PASSWORD = "SafeCase-demo-1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI base;
    private final String authorization;

    private Api(URL deployment, String authorization) {
        this.base = URI.create(Deployments.root(deployment) + "api/");
        this.authorization = authorization;
    }

    public static Api as(URL deployment, String username) {
        return as(deployment, username, PASSWORD);
    }

    public static Api as(URL deployment, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(deployment, "Basic " + token);
    }

    /** A client holding an API token ({@code sc_...}): {@code Authorization: Bearer} on every request. */
    public static Api withToken(URL deployment, String token) {
        return new Api(deployment, "Bearer " + token);
    }

    public static Api anonymous(URL deployment) {
        return new Api(deployment, null);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** GET of an address outside the API (health, OpenAPI), with the same credentials. */
    public Reply getAbsolute(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
        return send(authorization == null ? builder.GET() : builder.header("Authorization", authorization).GET());
    }

    public Reply postBytes(String path, byte[] content) {
        return send(request(path).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    public HttpResponse<byte[]> download(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        try {
            return HTTP.send((authorization == null ? builder : builder.header("Authorization", authorization)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply putText(String path, String text) {
        return send(request(path).header("Content-Type", "text/plain; charset=UTF-8")
                .setHeader("Accept", "text/plain, application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** A POST with one more header (e.g. Idempotency-Key). */
    public Reply post(String path, String json, String header, String value) {
        return send(request(path).header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Claims and completes the caller's open task of this key on this case, as a client would. */
    public Reply completeTask(String caseReference, String taskKey, Map<String, String> answers) {
        String taskId = taskId(caseReference, taskKey);
        Reply claimed = post("tasks/" + taskId + "/claim", "");
        if (claimed.status() != 200) {
            throw new IllegalStateException("claim refused: " + claimed.status() + " " + claimed.body());
        }
        return complete(taskId, answers);
    }

    /** Completes a task with these answers typed as its form declares them (yes/no, number, text), as a client would. */
    public Reply complete(String taskId, Map<String, String> answers) {
        Reply form = get("tasks/" + taskId + "/form");
        Map<String, String> kinds = new java.util.HashMap<>();
        if (form.status() == 200) {
            form.json().getJsonArray("fields").getValuesAs(JsonObject.class)
                    .forEach(field -> kinds.put(field.getString("id"), field.getString("kind")));
        }
        return post("tasks/" + taskId + "/complete", Answers.typed(answers, kinds::get).toString());
    }

    public String taskId(String caseReference, String taskKey) {
        JsonObject task = task(caseReference, taskKey);
        if (task == null) {
            throw new IllegalStateException("no task " + taskKey + " on " + caseReference);
        }
        return task.getString("id");
    }

    /** The caller's open task of this key on this case, as the inbox lists it; null when there is none. */
    public JsonObject task(String caseReference, String taskKey) {
        return get("tasks?size=100&reference=" + caseReference).json().getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                .filter(t -> caseReference.equals(t.getString("caseReference")) && taskKey.equals(t.getString("taskKey")))
                .findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, raw body, and the body as JSON. */
    public record Reply(int status, String body, HttpResponse<String> response) {
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }
}
