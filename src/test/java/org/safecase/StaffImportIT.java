package org.safecase;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safecase.testing.Deployments;
import org.safecase.testing.ServerAddress;
import org.safecase.testing.SharedServer;
import org.safecase.testing.Api;
import org.safecase.testing.Smtp;
import org.safecase.testing.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13 item 3, "bulk import of staff from CSV with a preview and per-row errors", over REST on
 * the WAR as built: the LA admin previews a file of three good and two bad lines (each bad line's
 * problem in words, nothing stored), imports it (three users with the right school and roles,
 * audited, each mailed a welcome link through GreenMail, the bad lines' people not made), and
 * importing it again makes no one. Anyone else is refused, and a body or parameter that cannot be
 * used is refused in words naming it.
 *
 * <p>The people imported are school staff and governors and an HR officer, never leads, DSLs or
 * head teachers, and they are deactivated after each test, so that no later test finds them among
 * a task's recipients.
 */
@ExtendWith(SharedServer.class)
class StaffImportIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN = "admin.northshire";
    private static final String SCHOOL_UNKNOWN = "There is no school of this name or number in your local authority. "
            + "Check the spelling against the Schools page, or leave it empty for someone who works for the local "
            + "authority itself.";
    private static final String EMAIL_USED = "Someone already has an account with this e-mail address.";
    private static final String LA_ADMIN_ONLY = "Only an LA administrator can do this. A head teacher can give and "
            + "take away their own staff's roles.";
    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();


    @ServerAddress
    URL base;

    /** The addresses a test may have imported: deactivated afterwards, whatever happened. */
    private final List<String> madeHere = new ArrayList<>();

    @AfterEach
    void deactivateThePeopleImported() {
        for (String email : madeHere) {
            TestDatabase.update("UPDATE app_user SET active = FALSE WHERE email = ?", email);
        }
    }

    /** Three good lines (a school by name, one by URN, one of the local authority) and two bad ones. */
    private record StaffFile(String csv, List<String> good, String unknownSchool, String used) {
        byte[] bytes() {
            return csv.getBytes(StandardCharsets.UTF_8);
        }
    }

    private StaffFile threeGoodTwoBad() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String ada = "ada." + id + "@import.example.org";
        String ben = "ben." + id + "@import.example.org";
        String cai = "cai." + id + "@import.example.org";
        String dee = "dee." + id + "@import.example.org";
        String used = TestDatabase.string("SELECT email FROM app_user WHERE username = 'staff.riverside'");
        assertThat(used).as("a demo user's address").isNotBlank();
        madeHere.addAll(List.of(ada, ben, cai, dee));
        String csv = """
                name,email,school,roles
                Ada Import %1$s,%2$s,Riverside Primary School,STAFF
                Ben Import %1$s,%3$s,900002,staff|Governor
                Cai Import %1$s,%4$s,,HR_OFFICER
                Dee Import %1$s,%5$s,Nowhere School %1$s,STAFF
                Eve Import %1$s,%6$s,Riverside Primary School,STAFF
                """.formatted(id, ada, ben, cai, dee, used.toUpperCase(java.util.Locale.ROOT));
        return new StaffFile(csv, List.of(ada, ben, cai), dee, used);
    }

    private Api.Reply post(String username, String query, String contentType, byte[] body) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + Api.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.root(base) + "api/staff-imports" + query))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json")
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Api.Reply csv(String username, String query, byte[] body) {
        return post(username, query, "text/csv; charset=UTF-8", body);
    }

    private static List<String> problems(JsonObject row) {
        return row.getJsonArray("problems").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static long users(List<String> emails) {
        return TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE email IN ("
                + String.join(",", emails.stream().map(e -> "?").toList()) + ")", emails.toArray());
    }

    /** A user's school's URN (null for the local authority's people) and roles, as stored. */
    private record Stored(long id, String urn, Set<String> roles, boolean active, String username) {
    }

    private static Stored stored(String email) {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT u.id, s.urn, u.active, u.username FROM app_user u LEFT JOIN school s ON s.id = u.school_id "
                        + "WHERE u.email = ?")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a user with " + email).isTrue();
                long id = row.getLong(1);
                String urn = row.getString(2);
                boolean active = row.getBoolean(3);
                String username = row.getString(4);
                Set<String> roles = new TreeSet<>();
                try (PreparedStatement held = db.prepareStatement("SELECT role FROM user_role WHERE user_id = ?")) {
                    held.setLong(1, id);
                    try (ResultSet role = held.executeQuery()) {
                        while (role.next()) {
                            roles.add(role.getString(1));
                        }
                    }
                }
                return new Stored(id, urn, roles, active, username);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The welcome mail to each address, waiting up to a minute for the notification job (every 2 s in tests). */
    private static Map<String, MimeMessage> welcomeMailsTo(List<String> addresses) throws Exception {
        Map<String, MimeMessage> found = new HashMap<>();
        long deadline = System.currentTimeMillis() + 60_000;
        while (found.size() < addresses.size() && System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                Arrays.stream(message.getAllRecipients()).map(Object::toString).filter(addresses::contains)
                        .forEach(address -> found.put(address, message));
            }
            Thread.sleep(500);
        }
        return found;
    }

    private static String text(MimeMessage mail) throws Exception {
        return mail.getContent() instanceof String plain ? plain : GreenMailUtil.getBody(mail);
    }

    private static long staffImportsAudited() {
        return TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'STAFF_IMPORTED' AND actor_id = "
                + "(SELECT id FROM app_user WHERE username = ?)", ADMIN);
    }

    @Test
    void issue13_item3_thePreviewShowsThreeGoodAndTwoBadLinesWithTheirProblemsAndStoresNothing() {
        StaffFile file = threeGoodTwoBad();
        long importsBefore = staffImportsAudited();

        Api.Reply preview = csv(ADMIN, "?preview=true", file.bytes());

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonObject answer = preview.json();
        assertThat(answer.getInt("good")).isEqualTo(3);
        assertThat(answer.getInt("bad")).isEqualTo(2);
        assertThat(answer.getInt("imported")).isZero();
        List<JsonObject> rows = answer.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).hasSize(5);
        assertThat(rows.stream().map(row -> row.getInt("line")).toList()).containsExactly(2, 3, 4, 5, 6);
        assertThat(rows.subList(0, 3)).allSatisfy(row -> assertThat(problems(row)).as(row.toString()).isEmpty());
        assertThat(rows.get(1).getString("school")).isEqualTo("900002");
        assertThat(rows.get(2).getString("school")).isEmpty();
        assertThat(rows.get(3).getString("email")).isEqualTo(file.unknownSchool());
        assertThat(problems(rows.get(3))).containsExactly(SCHOOL_UNKNOWN);
        assertThat(problems(rows.get(4))).containsExactly(EMAIL_USED);

        List<String> everyone = new ArrayList<>(file.good());
        everyone.add(file.unknownSchool());
        assertThat(users(everyone)).as("a preview stores no one").isZero();
        assertThat(staffImportsAudited()).as("nor audits an import").isEqualTo(importsBefore);
    }

    @Test
    void issue13_item3_importingMakesTheGoodLinesPeopleAuditsAndMailsThemAndAgainMakesNoOne() throws Exception {
        StaffFile file = threeGoodTwoBad();
        long importsBefore = staffImportsAudited();

        Api.Reply imported = csv(ADMIN, "?preview=false", file.bytes());

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonObject answer = imported.json();
        assertThat(answer.getInt("imported")).isEqualTo(3);
        assertThat(answer.getInt("good")).isEqualTo(3);
        assertThat(answer.getInt("bad")).isEqualTo(2);
        List<JsonObject> rows = answer.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(problems(rows.get(3))).containsExactly(SCHOOL_UNKNOWN);
        assertThat(problems(rows.get(4))).containsExactly(EMAIL_USED);

        Stored ada = stored(file.good().get(0));
        Stored ben = stored(file.good().get(1));
        Stored cai = stored(file.good().get(2));
        assertThat(ada.urn()).as("Riverside Primary School, by name").isEqualTo("900001");
        assertThat(ada.roles()).containsExactly("STAFF");
        assertThat(ben.urn()).as("Hillview Academy, by URN").isEqualTo("900002");
        assertThat(ben.roles()).as("roles in any case, separated by |").containsExactly("GOVERNOR", "STAFF");
        assertThat(cai.urn()).as("the local authority's own").isNull();
        assertThat(cai.roles()).containsExactly("HR_OFFICER");
        assertThat(List.of(ada, ben, cai)).allSatisfy(user -> assertThat(user.active()).isTrue());
        assertThat(ada.username()).as("the user name is the e-mail address").isEqualTo(file.good().get(0));
        assertThat(TestDatabase.count("SELECT local_authority_id FROM app_user WHERE id = ?", cai.id()))
                .isEqualTo(TestDatabase.count("SELECT local_authority_id FROM app_user WHERE username = ?", ADMIN));

        for (Stored user : List.of(ada, ben, cai)) {
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'USER_CREATED' AND subject = ? "
                    + "AND actor_id = (SELECT id FROM app_user WHERE username = ?)", "user:" + user.id(), ADMIN))
                    .as("USER_CREATED for user " + user.id()).isEqualTo(1);
        }
        assertThat(staffImportsAudited()).as("one STAFF_IMPORTED for the import").isEqualTo(importsBefore + 1);
        assertThat(users(List.of(file.unknownSchool()))).as("the bad lines' people are not made").isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE email_key = LOWER(?)", file.used()))
                .as("the used address still has its one account").isEqualTo(1);

        Map<String, MimeMessage> mails = welcomeMailsTo(file.good());
        assertThat(mails.keySet()).as("a welcome mail to each person imported").containsExactlyInAnyOrderElementsOf(file.good());
        for (Map.Entry<String, MimeMessage> mail : mails.entrySet()) {
            assertThat(mail.getValue().getSubject()).isEqualTo("SafeCase: your account");
            assertThat(text(mail.getValue())).as(mail.getKey()).containsPattern("/reset-password\\.xhtml\\?key=[A-Za-z0-9_-]{43}");
        }

        Api.Reply again = csv(ADMIN, "?preview=false", file.bytes());
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().getInt("imported")).as("every address is used now").isZero();
        assertThat(again.json().getInt("good")).isZero();
        List<JsonObject> rowsAgain = again.json().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rowsAgain.subList(0, 3)).allSatisfy(row -> assertThat(problems(row)).containsExactly(EMAIL_USED));
        assertThat(users(file.good())).as("no one made twice").isEqualTo(3);
    }

    @Test
    void issue13_item3_onlyAnLaAdminImportsAndAnyoneElseIsRefusedInWords() {
        StaffFile file = threeGoodTwoBad();
        for (String someoneElse : List.of("head.riverside", "lead.riverside")) {
            for (String preview : List.of("true", "false")) {
                Api.Reply refused = csv(someoneElse, "?preview=" + preview, file.bytes());
                assertThat(refused.status()).as(someoneElse + " " + refused.body()).isEqualTo(403);
                assertThat(refused.json().getString("message")).isEqualTo(LA_ADMIN_ONLY);
            }
        }
        assertThat(users(file.good())).isZero();
    }

    @Test
    void issue13_item3_aBodyOrPreviewThatCannotBeUsedIsRefusedInWordsNamingIt() {
        StaffFile file = threeGoodTwoBad();

        for (String query : List.of("?preview=yes", "?preview=TRUE", "?preview=", "")) {
            Api.Reply refused = csv(ADMIN, query, file.bytes());
            assertThat(refused.status()).as(query + " " + refused.body()).isEqualTo(400);
            JsonObject field = refused.json().getJsonArray("fields").getJsonObject(0);
            assertThat(field.getString("field")).isEqualTo("preview");
            assertThat(field.getString("message")).isEqualTo("Give preview=true to see what the file holds without "
                    + "saving anything, or preview=false to import its good lines.");
        }

        byte[] oversize = new byte[1024 * 1024 + 1];
        Arrays.fill(oversize, (byte) 'a');
        fileRefused(csv(ADMIN, "?preview=true", oversize), "Choose a CSV file of at most 1024 KB.");
        fileRefused(csv(ADMIN, "?preview=true", new byte[0]), "Choose a CSV file of at most 1024 KB.");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', (byte) 0xff};
        fileRefused(csv(ADMIN, "?preview=true", png), "The file is not saved as UTF-8 text, so some letters would come "
                + "out wrong. In Excel, choose Save As and the type \"CSV UTF-8 (Comma delimited)\", then choose that file here.");
        fileRefused(csv(ADMIN, "?preview=false", "{\"name\":\"Ada\",\"email\":\"ada@example.org\"}".getBytes(StandardCharsets.UTF_8)),
                "The first line of the file must name the columns name, email, school and roles, each once, "
                        + "separated by commas.");
        fileRefused(csv(ADMIN, "?preview=false", "name,email,school\nAda,ada@example.org,Riverside Primary School\n"
                .getBytes(StandardCharsets.UTF_8)), "The first line does not name the column \"roles\". The file needs the "
                + "columns name, email, school and roles.");

        Api.Reply json = post(ADMIN, "?preview=true", "application/json", file.bytes());
        assertThat(json.status()).as("not sent as text/csv: " + json.body()).isEqualTo(415);
        assertThat(json.json().getString("message")).isNotBlank();

        List<String> everyone = new ArrayList<>(file.good());
        everyone.add(file.unknownSchool());
        assertThat(users(everyone)).as("nothing stored").isZero();
    }

    private static void fileRefused(Api.Reply refused, String message) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonObject field = refused.json().getJsonArray("fields").getJsonObject(0);
        assertThat(field.getString("field")).isEqualTo("file");
        assertThat(field.getString("message")).isEqualTo(message);
    }
}
