package org.safecase;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safecase.testing.Deployments;
import org.safecase.testing.ServerAddress;
import org.safecase.testing.SharedServer;
import org.safecase.testing.Api;
import org.safecase.testing.FromAddress;
import org.safecase.testing.PageSession;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.TestUsers;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12 items 1 to 3 over the wire, on the WAR as built: API tokens, sign-in throttling and
 * lock-out, a session or token ending when its user is deactivated, and session ids in addresses.
 * Each test makes its own users ({@link TestUsers}), so locking or deactivating one never touches
 * the demo users the other tests sign in as. The tests' server counts failures per address up to
 * {@code SAFECASE_SIGNIN_ADDRESS_FAILURES=12} (pom.xml) instead of production's 50, so that an
 * address can be locked in seconds; wrong passwords are sent from other loopback addresses
 * ({@link FromAddress}), so that 127.0.0.1, where every other test comes from, is never locked.
 */
@ExtendWith(SharedServer.class)
class AccessIT {
    private static final String TOKEN_SHAPE = "sc_[A-Za-z0-9_-]{43}";


    @ServerAddress
    URL base;

    @org.junit.jupiter.api.AfterEach
    void retireTheUsersMadeForTheTest() {
        TestUsers.retireAll();
    }

    private static String tokenRequest(String name, int days, boolean readOnly) {
        return """
                {"name":"%s","expiresInDays":%d,"readOnly":%s}""".formatted(name, days, readOnly);
    }

    private JsonObject madeToken(String username, String body) {
        Api.Reply made = Api.as(base, username).post("tokens", body);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json();
    }

    private static long audited(String action, String subject) {
        return TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject = ?", action, subject);
    }

    @Test
    void issue12_item1_aTokenIsShownOnceKeptAsItsHashActsWithItsUsersRightsAndIsAudited() {
        String lead = TestUsers.copyOf("lead.riverside");
        JsonObject made = madeToken(lead, tokenRequest("Inbox script", 30, false));
        String secret = made.getString("token");
        long id = made.getJsonNumber("id").longValue();
        assertThat(secret).matches(TOKEN_SHAPE);
        assertThat(made.getString("username")).isEqualTo(lead);
        assertThat(LocalDateTime.parse(made.getString("expiresAt")).toLocalDate())
                .isEqualTo(LocalDateTime.now().plusDays(30).toLocalDate());
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM api_token WHERE id = ? AND secret_hash = SHA2(?, 256)", id, secret))
                .as("only the SHA-256 of the secret is kept").isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM api_token WHERE secret_hash = ? OR name = ?", secret, secret))
                .as("the secret itself is stored nowhere").isZero();
        assertThat(audited("TOKEN_CREATED", "token:" + id)).isEqualTo(1);

        Api token = Api.withToken(base, secret);
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"Seen by token","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
        Api.Reply tasks = token.get("tasks?size=100&reference=" + reference);
        assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
        assertThat(tasks.body()).as("the lead's own inbox, through the token").contains(reference);
        assertThat(Api.withToken(base, madeToken("lead.hillview", tokenRequest("Other school", 1, false))
                .getString("token")).get("cases/" + reference).status())
                .as("a token carries its user's rights, no more").isEqualTo(404);
        assertThat(TestDatabase.string("SELECT last_used_at FROM api_token WHERE id = ?", id)).as("last use").isNotNull();

        Api.Reply listed = Api.as(base, lead).get("tokens");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("Inbox script").doesNotContain(secret);
    }

    @Test
    void issue12_item1_aReadOnlyTokenReadsButEveryChangeIsRefusedInWordsAuditedAndNothingStored() {
        String staff = TestUsers.copyOf("staff.riverside");
        JsonObject made = madeToken(staff, tokenRequest("Read only", 7, true));
        Api token = Api.withToken(base, made.getString("token"));
        assertThat(token.get("tasks").status()).isEqualTo(200);

        long incidents = TestDatabase.incidents();
        long refusals = audited("TOKEN_REFUSED", "token:" + made.getJsonNumber("id").longValue());
        Api.Reply write = token.post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"Not by a read-only token","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0)));
        assertThat(write.status()).as(write.body()).isEqualTo(403);
        assertThat(write.json().getString("message")).contains("only read");
        assertThat(token.delete("tokens/" + made.getJsonNumber("id")).status()).isEqualTo(403);
        assertThat(TestDatabase.incidents()).as("nothing stored").isEqualTo(incidents);
        assertThat(audited("TOKEN_REFUSED", "token:" + made.getJsonNumber("id").longValue())).isEqualTo(refusals + 2);
    }

    @Test
    void issue12_item1_aRevokedOrExpiredTokenIsRefusedWithA401InWords() {
        String staff = TestUsers.copyOf("staff.riverside");
        JsonObject revoked = madeToken(staff, tokenRequest("Revoked", 30, false));
        JsonObject expired = madeToken(staff, tokenRequest("Expired", 30, false));
        Api revokedToken = Api.withToken(base, revoked.getString("token"));
        Api expiredToken = Api.withToken(base, expired.getString("token"));
        assertThat(revokedToken.get("tasks").status()).isEqualTo(200);
        assertThat(expiredToken.get("tasks").status()).isEqualTo(200);

        Api.Reply revoke = Api.as(base, staff).delete("tokens/" + revoked.getJsonNumber("id"));
        assertThat(revoke.status()).as(revoke.body()).isEqualTo(204);
        assertThat(audited("TOKEN_REVOKED", "token:" + revoked.getJsonNumber("id"))).isEqualTo(1);
        try (var db = TestDatabase.connect(); var update = db.prepareStatement(
                "UPDATE api_token SET expires_at = NOW(6) - INTERVAL 1 MINUTE WHERE id = ?")) {
            update.setLong(1, expired.getJsonNumber("id").longValue());
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        for (Api refused : new Api[]{revokedToken, expiredToken, Api.withToken(base, "sc_" + "A".repeat(43)),
                Api.withToken(base, "not-a-token")}) {
            Api.Reply reply = refused.get("tasks");
            assertThat(reply.status()).as(reply.body()).isEqualTo(401);
            assertThat(reply.response().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer"));
            assertThat(reply.json().getString("message")).contains("not valid");
        }
        Api.Reply listed = Api.as(base, staff).get("tokens");
        assertThat(listed.body()).contains("\"usable\":false");
    }

    @Test
    void issue12_item1_tokensAreMadeWithAPasswordAndAnLaAdminManagesOnlyItsOwnLocalAuthoritysUsers() {
        String staff = TestUsers.copyOf("staff.riverside");
        Api token = Api.withToken(base, madeToken(staff, tokenRequest("Mine", 5, false)).getString("token"));
        Api.Reply byToken = token.post("tokens", tokenRequest("From a token", 5, false));
        assertThat(byToken.status()).as("a leaked token must not outlive its expiry").isEqualTo(403);

        JsonObject forStaff = madeToken("admin.northshire", """
                {"name":"Made by the LA","expiresInDays":10,"username":"%s"}""".formatted(staff));
        assertThat(forStaff.getString("username")).isEqualTo(staff);
        assertThat(Api.withToken(base, forStaff.getString("token")).get("tasks").status()).isEqualTo(200);
        assertThat(Api.as(base, staff).get("tokens").body()).contains("Made by the LA");

        assertThat(Api.as(base, "lead.riverside").post("tokens", """
                {"name":"Not mine to make","expiresInDays":10,"username":"%s"}""".formatted(staff)).status())
                .as("only an LA admin makes tokens for others").isEqualTo(404);
        assertThat(Api.as(base, "lead.hillview").delete("tokens/" + forStaff.getJsonNumber("id")).status())
                .as("another user's token is not found").isEqualTo(404);
        assertThat(Api.as(base, "admin.northshire").delete("tokens/" + forStaff.getJsonNumber("id")).status()).isEqualTo(204);

        for (String bad : new String[]{"{\"name\":\"\",\"expiresInDays\":10}", "{\"name\":\"Too long\",\"expiresInDays\":366}",
                "{\"name\":\"Text days\",\"expiresInDays\":\"10\"}", "{\"name\":\"No days\"}", "[]"}) {
            Api.Reply refused = Api.as(base, staff).post("tokens", bad);
            assertThat(refused.status()).as(bad + " -> " + refused.body()).isEqualTo(400);
            assertThat(refused.json().getString("message")).as(bad).isNotBlank();
        }
    }

    @Test
    void issue12_item2_fiveWrongPasswordsLockTheAccountEvenForTheRightOneInWordsAndAudited() {
        String staff = TestUsers.copyOf("staff.riverside");
        long lockOuts = audited("SIGN_IN_LOCKED", "user:" + TestUsers.idOf(staff));
        for (int attempt = 1; attempt <= 5; attempt++) {
            FromAddress.Answer refused = FromAddress.get("127.0.0.4", base, "api/tasks",
                    Map.of("Authorization", basic(staff, "wrong-" + attempt)));
            assertThat(refused.status()).as("attempt " + attempt + ": " + refused.headers() + refused.body()).isEqualTo(401);
        }
        Api.Reply locked = Api.as(base, staff).get("tasks");
        assertThat(locked.status()).as("the right password, while locked, from anywhere").isEqualTo(429);
        assertThat(locked.json().getString("message")).contains("paused");
        HttpResponse<String> page = PageSession.anonymous(base).signIn(staff, Api.PASSWORD);
        assertThat(page.body()).as("the sign-in page says so in words").contains("signing in is paused");
        assertThat(audited("SIGN_IN_LOCKED", "user:" + TestUsers.idOf(staff))).isEqualTo(lockOuts + 1);

        String nobody = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(FromAddress.get("127.0.0.5", base, "api/tasks",
                    Map.of("Authorization", basic(nobody, "wrong"))).status()).isEqualTo(401);
        }
        FromAddress.Answer nobodyLocked = FromAddress.get("127.0.0.5", base, "api/tasks",
                Map.of("Authorization", basic(nobody, "wrong")));
        assertThat(nobodyLocked.status()).as("a name nobody holds is locked the same way: a lock-out tells nothing")
                .isEqualTo(429);
        assertThat(nobodyLocked.body()).contains("paused");
        assertThat(Api.as(base, "staff.riverside").get("tasks").status()).as("others are not locked").isEqualTo(200);
    }

    @Test
    void issue12_item2_manyFailuresFromOneAddressLockThatAddressOnly() {
        String address = "127.0.0.3";
        String staff = TestUsers.copyOf("staff.riverside");
        int refusedAsWrong = 0;
        for (int attempt = 1; attempt <= 12; attempt++) {
            int status = FromAddress.get(address, base, "api/tasks",
                    Map.of("Authorization", basic("guess." + attempt + "." + UUID.randomUUID(), "wrong"))).status();
            refusedAsWrong += status == 401 ? 1 : 0;
        }
        assertThat(refusedAsWrong).isEqualTo(12);
        assertThat(FromAddress.get(address, base, "api/tasks", Map.of("Authorization", basic(staff, Api.PASSWORD)))
                .status()).as("the right password from the locked address").isEqualTo(429);
        assertThat(FromAddress.get("127.0.0.1", base, "api/tasks", Map.of("Authorization", basic(staff, Api.PASSWORD)))
                .status()).as("the same account from elsewhere").isEqualTo(200);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'SIGN_IN_LOCKED' "
                + "AND subject LIKE 'address:%' AND occurred_at > NOW() - INTERVAL 5 MINUTE")).isPositive();
    }

    @Test
    void issue12_item3_deactivatingAUserEndsTheirLiveSessionAndTheirTokensAtTheNextRequest() {
        String lead = TestUsers.copyOf("lead.riverside");
        PageSession session = PageSession.signedInAs(base, lead);
        assertThat(session.get("inbox/inbox.xhtml").uri().getPath()).endsWith("inbox/inbox.xhtml");
        Api token = Api.withToken(base, madeToken(lead, tokenRequest("Until deactivated", 30, false)).getString("token"));
        assertThat(token.get("tasks").status()).isEqualTo(200);

        TestUsers.deactivate(lead);

        HttpResponse<String> next = session.get("inbox/inbox.xhtml");
        assertThat(next.uri().getPath()).as("sent to sign in").endsWith("login.xhtml");
        assertThat(next.body()).contains("no longer active");
        assertThat(session.get("casefile/mine.xhtml").uri().getPath()).as("and the session is gone").endsWith("login.xhtml");
        assertThat(token.get("tasks").status()).isEqualTo(401);
        assertThat(Api.as(base, lead).get("tasks").status()).isEqualTo(401);
    }

    @Test
    void issue12_item3_aSessionIdInTheAddressIsNeverUsed() throws Exception {
        PageSession signedIn = PageSession.signedInAs(base, "lead.riverside");
        String id = signedIn.sessionId();
        HttpClient noCookies = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String page = Deployments.root(base) + "inbox/inbox.xhtml;jsessionid=" + id;

        HttpResponse<String> get = noCookies.send(HttpRequest.newBuilder(URI.create(page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(302);
        assertThat(get.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContainIgnoringCase("jsessionid").endsWith("inbox/inbox.xhtml"));
        HttpResponse<String> followed = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(page)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(followed.uri().getPath()).as("without the cookie, not signed in").endsWith("login.xhtml");

        HttpResponse<String> post = noCookies.send(HttpRequest.newBuilder(URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=b")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(post.body()).contains("never accepts");
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
