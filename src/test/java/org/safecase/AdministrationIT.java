package org.safecase;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safecase.testing.ServerAddress;
import org.safecase.testing.SharedServer;
import org.safecase.testing.Api;
import org.safecase.testing.FromAddress;
import org.safecase.testing.OwnServer;
import org.safecase.testing.PageSession;
import org.safecase.testing.Smtp;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.TestUsers;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13 item 3, "Administration", over the wire on the WAR as built: an LA admin keeps the
 * local authority's schools and users (REST {@code /api/schools}, {@code /api/users}); a new user
 * is mailed a one-time link (received here by GreenMail, as in {@link NotificationIT}); a head
 * teacher gives their own staff the school's roles below their own and nothing more; a change of
 * roles ends the user's sessions; deactivation ends sessions, tokens and Basic at once and keeps
 * their cases; every change is audited; every refusal is in words with its own status.
 * <p>
 * The demo data (LA Northshire, Riverside and Hillview) is shared with the other tests, so each
 * test makes its own schools (unique names and numbers), its own users ({@link TestUsers}, or
 * through the API with unique e-mails) and never counts what it did not make. Sign-ins expected to
 * fail are sent from 127.0.0.6 ({@link FromAddress}), so that 127.0.0.1, where every test signs in
 * from, is never throttled.
 */
@ExtendWith(SharedServer.class)
class AdministrationIT {
    private static final Pattern LINK = Pattern.compile("/reset-password\\.xhtml\\?key=([A-Za-z0-9_-]{43})");
    /** The form of reset-password.xhtml, found by its password field: the page offers it only for a link that works. */
    private static final Pattern PASSWORD_FORM = Pattern.compile("name=\"([A-Za-z0-9_-]+):password\"");
    private static final String ELSEWHERE = "127.0.0.6";
    private static final String ADMIN = "admin.northshire";
    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();
    /** Users made through the API by a test, deactivated after it like {@link TestUsers}' copies. */
    private final List<String> madeHere = new ArrayList<>();


    @ServerAddress
    URL base;

    @AfterEach
    void retireTheUsersMadeForTheTest() {
        TestUsers.retireAll();
        madeHere.forEach(username -> TestDatabase.update("UPDATE app_user SET active = FALSE WHERE username = ?", username));
        madeHere.clear();
        TestDatabase.forgetSignInFailuresFrom("127.0.0.1");
        TestDatabase.forgetSignInFailuresFrom(ELSEWHERE);
    }

    // ---------------------------------------------------------------- schools

    @Test
    void issue13_item3_anLaAdminCreatesAndChangesASchoolAuditedAndOthersAreRefusedInWords() {
        Api admin = Api.as(base, ADMIN);
        String tag = unique();
        String urn = urn();
        Api.Reply made = admin.post("schools", """
                {"name":"Test School %s","urn":"%s","nation":"WALES"}""".formatted(tag, urn));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.json().getJsonNumber("id").longValue();
        assertThat(made.response().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/schools/" + id));
        assertThat(made.json().getString("name")).isEqualTo("Test School " + tag);
        assertThat(made.json().getString("nation")).isEqualTo("WALES");
        assertThat(text(made.json(), "dayStarts")).as("the installation's hours").isNull();
        assertThat(TestDatabase.count("SELECT local_authority_id FROM school WHERE id = ?", id))
                .as("in the admin's own local authority").isEqualTo(localAuthorityOf(ADMIN));

        Api.Reply listed = admin.get("schools?text=" + tag.toUpperCase());
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().getJsonNumber("total").longValue()).as("found by part of its name, any case").isEqualTo(1);
        assertThat(listed.json().getJsonArray("schools").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);

        Api.Reply changed = admin.put("schools/" + id, """
                {"name":"Test School %s renamed","urn":"%s","nation":"ENGLAND","dayStarts":"08:00","dayEnds":"15:30"}"""
                .formatted(tag, urn));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonObject read = admin.get("schools/" + id).json();
        assertThat(read.getString("name")).isEqualTo("Test School " + tag + " renamed");
        assertThat(read.getString("nation")).isEqualTo("ENGLAND");
        assertThat(read.getString("dayStarts")).isEqualTo("08:00");
        assertThat(read.getString("dayEnds")).isEqualTo("15:30");
        assertThat(TestDatabase.string("SELECT CONCAT(day_starts, '-', day_ends) FROM school WHERE id = ?", id))
                .isEqualTo("08:00:00-15:30:00");
        assertThat(audited("SCHOOL_CREATED", "school:" + id)).isEqualTo(1);
        assertThat(audited("SCHOOL_CHANGED", "school:" + id)).isEqualTo(1);

        Api.Reply usual = admin.put("schools/" + id, """
                {"name":"Test School %s renamed","urn":"%s","nation":"ENGLAND"}""".formatted(tag, urn));
        assertThat(usual.status()).as(usual.body()).isEqualTo(200);
        assertThat(text(usual.json(), "dayStarts")).as("back to the installation's hours").isNull();
        assertThat(audited("SCHOOL_CHANGED", "school:" + id)).isEqualTo(2);

        for (String outsider : List.of("head.riverside", "staff.riverside")) {
            Api someone = Api.as(base, outsider);
            for (Api.Reply refused : List.of(someone.get("schools"), someone.get("schools/" + id),
                    someone.post("schools", """
                            {"name":"Not mine %s","urn":"%s","nation":"ENGLAND"}""".formatted(tag, urn())),
                    someone.put("schools/" + id, """
                            {"name":"Not mine","urn":"%s","nation":"ENGLAND"}""".formatted(urn)))) {
                assertThat(refused.status()).as(outsider + ": " + refused.body()).isEqualTo(403);
                assertThat(refused.json().getString("message")).contains("Only an LA administrator");
            }
        }
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM school WHERE name LIKE ?", "Not mine%"))
                .as("nothing stored").isZero();
        assertThat(admin.get("schools/" + id).json().getString("name")).isEqualTo("Test School " + tag + " renamed");
    }

    @Test
    void issue13_item3_badSchoolFieldsAre400NamingEachFieldAndATakenNumberIs409() {
        Api admin = Api.as(base, ADMIN);
        String tag = unique();
        Api.Reply bad = admin.post("schools", """
                {"name":"","urn":"12","nation":"ATLANTIS","dayStarts":"25:00","dayEnds":"08:00"}""");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("name", "urn", "nation", "dayStarts");

        Api.Reply backwards = admin.post("schools", """
                {"name":"Backwards %s","urn":"%s","nation":"ENGLAND","dayStarts":"15:00","dayEnds":"08:00"}"""
                .formatted(tag, urn()));
        assertThat(backwards.status()).as(backwards.body()).isEqualTo(400);
        assertThat(fields(backwards)).containsExactly("dayEnds");
        Api.Reply half = admin.post("schools", """
                {"name":"Half %s","urn":"%s","nation":"ENGLAND","dayStarts":"08:30"}""".formatted(tag, urn()));
        assertThat(half.status()).as(half.body()).isEqualTo(400);
        assertThat(fields(half)).containsExactly("dayEnds");
        Api.Reply typed = admin.post("schools", """
                {"name":12,"urn":123456,"nation":"ENGLAND","extra":true}""");
        assertThat(typed.status()).as(typed.body()).isEqualTo(400);
        assertThat(fields(typed)).containsExactlyInAnyOrder("name", "urn", "extra");
        for (String body : new String[]{"[]", "", "not json"}) {
            Api.Reply refused = admin.post("schools", body);
            assertThat(refused.status()).as("'" + body + "' -> " + refused.body()).isEqualTo(400);
            assertThat(refused.json().getString("message")).isNotBlank();
        }
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM school WHERE name LIKE ?", "%" + tag))
                .as("nothing stored").isZero();

        String urn = urn();
        long first = madeSchool(admin, "First " + tag, urn);
        Api.Reply twice = admin.post("schools", """
                {"name":"Second %s","urn":"%s","nation":"ENGLAND"}""".formatted(tag, urn));
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(twice.json().getString("message")).contains(urn);
        long second = madeSchool(admin, "Second " + tag, urn());
        Api.Reply taken = admin.put("schools/" + second, """
                {"name":"Second %s","urn":"%s","nation":"ENGLAND"}""".formatted(tag, urn));
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM school WHERE urn = ?", urn)).isEqualTo(1);
        assertThat(admin.get("schools/" + first).status()).isEqualTo(200);

        for (String paging : List.of("schools?size=0", "schools?size=abc", "schools?first=-1", "schools?size=101",
                "schools?text=" + "x".repeat(201))) {
            Api.Reply refused = admin.get(paging);
            assertThat(refused.status()).as(paging + " -> " + refused.body()).isEqualTo(400);
            assertThat(fields(refused)).as(paging).hasSize(1);
        }
    }

    @Test
    void issue13_item3_aSchoolOfAnotherLocalAuthorityIsNotFound() {
        OtherAuthority other = otherLocalAuthority();
        Api admin = Api.as(base, ADMIN);
        Api.Reply theirs = admin.get("schools/" + other.schoolId());
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(404);
        assertThat(theirs.json().getString("message")).isEqualTo("School not found");
        Api.Reply change = admin.put("schools/" + other.schoolId(), """
                {"name":"Taken over","urn":"%s","nation":"ENGLAND"}""".formatted(urn()));
        assertThat(change.status()).as(change.body()).isEqualTo(404);
        assertThat(TestDatabase.string("SELECT name FROM school WHERE id = ?", other.schoolId())).isEqualTo(other.schoolName());
        assertThat(admin.get("schools?size=100&text=" + other.tag()).json().getJsonNumber("total").longValue())
                .as("not listed either").isZero();
        assertThat(admin.get("schools/999999999").status()).isEqualTo(404);

        Api theirAdmin = Api.as(base, other.admin());
        JsonObject listed = theirAdmin.get("schools?size=100").json();
        assertThat(listed.getJsonNumber("total").longValue()).as("their own school only").isEqualTo(1);
        assertThat(listed.getJsonArray("schools").getJsonObject(0).getString("name")).isEqualTo(other.schoolName());
        assertThat(theirAdmin.get("schools/" + riverside()).status()).isEqualTo(404);
        Api.Reply ourUser = theirAdmin.get("users/" + TestUsers.idOf("staff.riverside"));
        assertThat(ourUser.status()).as("nor another local authority's users").isEqualTo(404);
        Api.Reply placed = theirAdmin.post("users", """
                {"name":"Misplaced","email":"%s","schoolId":%d,"roles":["STAFF"]}""".formatted(email(), riverside()));
        assertThat(placed.status()).as(placed.body()).isEqualTo(400);
        assertThat(fields(placed)).containsExactly("schoolId");
    }

    // ---------------------------------------------------------------- users and password links

    @Test
    void issue13_item3_anLaAdminCreatesAUserWhoseNameIsTheirEmailAndAWelcomeLinkIsMailedAndANewerLinkWithdrawsIt()
            throws Exception {
        Api admin = Api.as(base, ADMIN);
        long school = madeSchool(admin, "Welcome School " + unique(), urn());
        String typed = "New.Person." + unique() + "@Example.org";
        String email = typed.toLowerCase();
        Api.Reply made = admin.post("users", """
                {"name":"New Person","email":"%s","schoolId":%d,"roles":["STAFF","ONLINE_SAFETY_LEAD"]}"""
                .formatted(typed, school));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonObject user = made.json();
        madeHere.add(user.getString("username"));
        long id = user.getJsonNumber("id").longValue();
        assertThat(user.getString("username")).as("the user name is the e-mail in lower case").isEqualTo(email);
        assertThat(user.getString("email")).isEqualTo(email);
        assertThat(user.getJsonNumber("schoolId").longValue()).isEqualTo(school);
        assertThat(roles(user)).containsExactlyInAnyOrder("STAFF", "ONLINE_SAFETY_LEAD");
        assertThat(user.getBoolean("active")).isTrue();
        assertThat(user.toString()).doesNotContainIgnoringCase("password");
        assertThat(made.response().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/users/" + id));
        assertThat(audited("USER_CREATED", "user:" + id)).isEqualTo(1);
        assertThat(audited("PASSWORD_LINK_ISSUED", "user:" + id)).isEqualTo(1);
        assertThat(admin.get("users/" + id).json().getString("name")).isEqualTo("New Person");

        MimeMessage welcome = awaitMail(email, Set.of());
        assertThat(welcome.getSubject()).isEqualTo("SafeCase: your account");
        String firstKey = keyIn(welcome);
        // The mail leaves inside the sending job's transaction; its hash is there once that commits.
        OwnServer.await("the mailed link's hash committed", java.time.Duration.ofSeconds(20), () -> usableLinks(id, firstKey) == 1);
        assertThat(usableLinks(id, firstKey)).as("the mailed key is the link's; only its hash is kept").isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM password_reset WHERE secret_hash = ?", firstKey))
                .as("the key itself is stored nowhere").isZero();
        assertThat(FromAddress.get(ELSEWHERE, base, "api/users", Map.of("Authorization", basic(email, Api.PASSWORD)))
                .status()).as("no password yet").isEqualTo(401);

        Api.Reply again = admin.post("users", """
                {"name":"Same Person","email":"%s","schoolId":%d,"roles":["STAFF"]}""".formatted(typed.toUpperCase(), school));
        assertThat(again.status()).as("an e-mail is used once, whatever its case: " + again.body()).isEqualTo(409);
        assertThat(again.json().getString("message")).contains("already has this e-mail address");

        Api.Reply link = admin.post("users/" + id + "/password-link", "");
        assertThat(link.status()).as(link.body()).isEqualTo(202);
        MimeMessage reset = awaitMail(email, Set.of(firstKey));
        assertThat(reset.getSubject()).isEqualTo("SafeCase: choose a new password");
        String secondKey = keyIn(reset);
        assertThat(secondKey).isNotEqualTo(firstKey);
        assertThat(usableLinks(id, secondKey)).isEqualTo(1);
        assertThat(usableLinks(id, firstKey)).as("the newer link withdraws the older").isZero();
        assertThat(audited("PASSWORD_LINK_ISSUED", "user:" + id)).isEqualTo(2);

        Api.Reply byHead = Api.as(base, "head.riverside").post("users/" + TestUsers.idOf("staff.riverside")
                + "/password-link", "");
        assertThat(byHead.status()).as(byHead.body()).isEqualTo(403);
        assertThat(byHead.json().getString("message")).contains("Only an LA administrator");
    }

    /**
     * A welcome link mailed to a mistyped address must not open the account: correcting the
     * address withdraws it and, as no password was set yet, the account takes the corrected
     * address as its user name and a new welcome goes there.
     */
    @Test
    void issue13_item3_aCorrectedAddressWithdrawsTheLinkSentToTheMistypedOne() throws Exception {
        Api admin = Api.as(base, ADMIN);
        String mistyped = email();
        Api.Reply made = admin.post("users", """
                {"name":"Mistyped Person","email":"%s","schoolId":%d,"roles":["STAFF"]}""".formatted(mistyped, riverside()));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.json().getJsonNumber("id").longValue();
        madeHere.add(mistyped);
        String firstKey = keyIn(awaitMail(mistyped, Set.of()));
        assertThat(usableLinks(id, firstKey)).isEqualTo(1);

        String corrected = email();
        Api.Reply changed = admin.put("users/" + id, """
                {"name":"Mistyped Person","email":"%s","schoolId":%d,"roles":["STAFF"]}""".formatted(corrected, riverside()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        madeHere.add(corrected);
        assertThat(usableLinks(id, firstKey)).as("the link sent to the mistyped address").isZero();
        assertThat(changed.json().getString("username")).as("no password yet: the user name follows").isEqualTo(corrected);
        MimeMessage welcome = awaitMail(corrected, Set.of());
        assertThat(welcome.getSubject()).isEqualTo("SafeCase: your account");
        assertThat(usableLinks(id, keyIn(welcome))).isEqualTo(1);
    }

    /** Users made by an LA admin are named by their lower-case e-mail; a capital typed on a phone still signs in. */
    @Test
    void issue13_item3_aUserNameTypedWithCapitalsStillSignsIn() {
        String staff = TestUsers.copyOf("staff.riverside");
        Api.Reply capitals = Api.as(base, staff.substring(0, 1).toUpperCase() + staff.substring(1)).get("cases");
        assertThat(capitals.status()).as(capitals.body()).isEqualTo(200);
    }

    /**
     * Through {@code reset-password.xhtml} (a form with the fields {@code password} and
     * {@code repeated} and the button {@code submit}). Only the link's effect is judged: which
     * password then signs in.
     */
    @Test
    void issue13_item3_aLinkSetsThePasswordOnceAndAWithdrawnLinkDoesNothing() throws Exception {
        Api admin = Api.as(base, ADMIN);
        long school = madeSchool(admin, "Link School " + unique(), urn());
        String email = email();
        Api.Reply made = admin.post("users", """
                {"name":"Link Person","email":"%s","schoolId":%d,"roles":["STAFF"]}""".formatted(email, school));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        madeHere.add(email);
        long id = made.json().getJsonNumber("id").longValue();
        String firstKey = keyIn(awaitMail(email, Set.of()));
        assertThat(admin.post("users/" + id + "/password-link", "").status()).isEqualTo(202);
        String secondKey = keyIn(awaitMail(email, Set.of(firstKey)));

        String withdrawn = "Withdrawn-" + unique();
        HttpResponse<String> refused = setPasswordWithLink(firstKey, withdrawn);
        assertThat(refused.body()).as("the withdrawn link, in words").contains("This link does not work");
        assertThat(signsIn(email, withdrawn)).as("the withdrawn link set nothing").isFalse();

        String chosen = "Chosen-" + unique();
        HttpResponse<String> set = setPasswordWithLink(secondKey, chosen);
        assertThat(set.uri().getPath()).as("sent to sign in: " + set.body()).endsWith("login.xhtml");
        assertThat(signsIn(email, chosen)).as("the newest link sets the password").isTrue();
        assertThat(audited("PASSWORD_SET", "user:" + id)).isEqualTo(1);

        String twice = "Twice-" + unique();
        HttpResponse<String> used = setPasswordWithLink(secondKey, twice);
        assertThat(used.body()).as("a used link, in words").contains("This link does not work");
        assertThat(signsIn(email, twice)).as("a used link works once").isFalse();
        assertThat(signsIn(email, chosen)).isTrue();
        assertThat(audited("PASSWORD_SET", "user:" + id)).isEqualTo(1);
    }

    @Test
    void issue13_item3_wrongJsonTypesUnknownRolesAndRolesThatDoNotFitAre400NamingTheField() {
        Api admin = Api.as(base, ADMIN);
        long school = riverside();
        String email = email();
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("""
                {"name":"Typed","email":"%s","schoolId":"%d","roles":["STAFF"]}""".formatted(email, school), "schoolId");
        bodies.put("""
                {"name":"Typed","email":"%s","schoolId":%d,"roles":"STAFF"}""".formatted(email, school), "roles");
        bodies.put("""
                {"name":"Typed","email":"%s","schoolId":%d,"roles":[1]}""".formatted(email, school), "roles");
        bodies.put("""
                {"name":"Typed","email":"%s","schoolId":%d,"roles":["STAFF",null]}""".formatted(email, school), "roles");
        bodies.put("""
                {"name":"Typed","email":"%s","schoolId":%d,"roles":["WIZARD"]}""".formatted(email, school), "roles");
        bodies.put("""
                {"name":"Typed","email":"%s","schoolId":%d,"roles":[]}""".formatted(email, school), "roles");
        bodies.put("""
                {"name":"Typed","email":"%s","schoolId":null,"roles":["STAFF"]}""".formatted(email), "roles");
        bodies.put("""
                {"name":"Typed","email":"%s","roles":["DSL"]}""".formatted(email), "roles");
        bodies.put("""
                {"name":"Typed","email":"%s","schoolId":%d,"roles":["STAFF","LA_ADMIN"]}""".formatted(email, school), "roles");
        bodies.put("""
                {"name":"Typed","email":"not an address","schoolId":%d,"roles":["STAFF"]}""".formatted(school), "email");
        bodies.put("""
                {"name":"Typed","email":"%s","schoolId":999999999,"roles":["STAFF"]}""".formatted(email), "schoolId");
        bodies.put("""
                {"name":"Typed","email":"%s","schoolId":%d,"roles":["STAFF"],"admin":true}""".formatted(email, school), "admin");
        bodies.forEach((body, field) -> {
            Api.Reply refused = admin.post("users", body);
            assertThat(refused.status()).as(body + " -> " + refused.body()).isEqualTo(400);
            assertThat(fields(refused)).as(body).containsExactly(field);
            assertThat(refused.json().getJsonArray("fields").getJsonObject(0).getString("message")).as(body).isNotBlank();
        });
        Api.Reply wizard = admin.post("users", """
                {"name":"Typed","email":"%s","schoolId":%d,"roles":["WIZARD"]}""".formatted(email, school));
        assertThat(wizard.json().getJsonArray("fields").getJsonObject(0).getString("message")).contains("WIZARD");
        Api.Reply empty = admin.post("users", """
                {"name":" ","email":"","roles":["STAFF"]}""");
        assertThat(fields(empty)).containsExactlyInAnyOrder("name", "email", "roles");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE email = ?", email)).as("nothing stored").isZero();

        String laEmail = email();
        Api.Reply laLevel = admin.post("users", """
                {"name":"LA Person","email":"%s","schoolId":null,"roles":["HR_OFFICER"]}""".formatted(laEmail));
        assertThat(laLevel.status()).as("the local authority's own people hold its roles: " + laLevel.body()).isEqualTo(201);
        madeHere.add(laEmail);
        long laUser = laLevel.json().getJsonNumber("id").longValue();
        for (String roles : List.of("{\"roles\":\"DSL\"}", "{\"roles\":[1]}", "{\"roles\":[]}", "{\"roles\":[\"DSL\"]}",
                "{\"roles\":[\"WIZARD\"]}", "{\"role\":[\"HR_OFFICER\"]}")) {
            Api.Reply refused = admin.put("users/" + laUser + "/roles", roles);
            assertThat(refused.status()).as(roles + " -> " + refused.body()).isEqualTo(400);
            assertThat(fields(refused)).as(roles).containsExactly(roles.contains("\"role\"") ? "role" : "roles");
        }
        for (String body : new String[]{"[]", ""}) {
            Api.Reply refused = admin.put("users/" + laUser + "/roles", body);
            assertThat(refused.status()).as("'" + body + "' -> " + refused.body()).isEqualTo(400);
        }
        assertThat(roles(admin.get("users/" + laUser).json())).containsExactly("HR_OFFICER");
        assertThat(audited("ROLES_CHANGED", "user:" + laUser)).isZero();

        for (String query : List.of("users?inactive=yes", "users?school=abc", "users?school=-1", "users?size=0",
                "users?first=x", "users?text=" + "x".repeat(201))) {
            Api.Reply refused = admin.get(query);
            assertThat(refused.status()).as(query + " -> " + refused.body()).isEqualTo(400);
            assertThat(fields(refused)).as(query).hasSize(1);
        }
    }

    // ---------------------------------------------------------------- roles and sessions

    @Test
    void issue13_item3_aHeadTeacherGivesTheirOwnStaffSchoolRolesBelowTheirOwnAndTheColleaguesSessionEnds() {
        String head = TestUsers.copyOf("head.riverside");
        String colleague = TestUsers.copyOf("staff.riverside");
        long colleagueId = TestUsers.idOf(colleague);
        Api byHead = Api.as(base, head);
        PageSession colleagueSession = PageSession.signedInAs(base, colleague);
        assertThat(colleagueSession.get("casefile/mine.xhtml").uri().getPath()).endsWith("casefile/mine.xhtml");

        JsonObject before = byHead.get("users/" + colleagueId).json();
        assertThat(roles(before)).containsExactly("STAFF");
        JsonObject listed = byHead.get("users?size=100&text=" + colleague).json();
        assertThat(listed.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject all = byHead.get("users?size=100").json();
        assertThat(all.getJsonArray("users").getValuesAs(JsonObject.class))
                .as("a head teacher sees their own school's staff only").isNotEmpty()
                .allMatch(user -> user.getJsonNumber("schoolId").longValue() == riverside());
        assertThat(byHead.get("users?school=" + hillview()).json().getJsonNumber("total").longValue())
                .as("even when asking for another school").isEqualTo(all.getJsonNumber("total").longValue());

        for (String role : List.of("HEAD_TEACHER", "LA_ADMIN", "HR_OFFICER")) {
            Api.Reply refused = byHead.put("users/" + colleagueId + "/roles", """
                    {"roles":["STAFF","%s"]}""".formatted(role));
            assertThat(refused.status()).as(role + ": " + refused.body()).isEqualTo(403);
            assertThat(refused.json().getString("message")).as(role).contains("You cannot give or take away that role");
        }
        Api.Reply takeAway = byHead.put("users/" + TestUsers.idOf(head) + "/roles", "{\"roles\":[\"STAFF\"]}");
        assertThat(takeAway.status()).as("nor take the head teacher's role away: " + takeAway.body()).isEqualTo(403);
        Api.Reply ownDsl = byHead.put("users/" + TestUsers.idOf(head) + "/roles",
                "{\"roles\":[\"STAFF\",\"HEAD_TEACHER\",\"DSL\"]}");
        assertThat(ownDsl.status()).as("nor make themselves DSL: " + ownDsl.body()).isEqualTo(403);
        assertThat(ownDsl.json().getString("message")).contains("cannot change their own roles");
        assertThat(roles(byHead.get("users/" + colleagueId).json())).as("nothing changed").containsExactly("STAFF");
        assertThat(audited("ROLES_CHANGED", "user:" + colleagueId)).isZero();
        assertThat(colleagueSession.get("casefile/mine.xhtml").uri().getPath()).as("the session goes on")
                .endsWith("casefile/mine.xhtml");

        Api.Reply given = byHead.put("users/" + colleagueId + "/roles", "{\"roles\":[\"STAFF\",\"DEPUTY_DSL\"]}");
        assertThat(given.status()).as(given.body()).isEqualTo(200);
        assertThat(roles(given.json())).containsExactlyInAnyOrder("STAFF", "DEPUTY_DSL");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM user_role WHERE user_id = ? AND role = 'DEPUTY_DSL'", colleagueId))
                .isEqualTo(1);
        assertThat(audited("ROLES_CHANGED", "user:" + colleagueId)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'ROLES_CHANGED' AND subject = ? "
                + "AND actor_id = ?", "user:" + colleagueId, TestUsers.idOf(head))).as("by the head teacher").isEqualTo(1);

        HttpResponse<String> next = colleagueSession.get("casefile/mine.xhtml");
        assertThat(next.uri().getPath()).as("the colleague's session ends at its next request").endsWith("login.xhtml");
        assertThat(next.body()).contains("signed out");
        assertThat(colleagueSession.get("casefile/mine.xhtml").uri().getPath()).endsWith("login.xhtml");
        PageSession again = PageSession.signedInAs(base, colleague);
        assertThat(again.get("casefile/mine.xhtml").uri().getPath()).as("signs in again, with the new role")
                .endsWith("casefile/mine.xhtml");

        long otherSchool = TestUsers.idOf("staff.hillview");
        for (Api.Reply notTheirs : List.of(byHead.get("users/" + otherSchool),
                byHead.put("users/" + otherSchool + "/roles", "{\"roles\":[\"STAFF\",\"DEPUTY_DSL\"]}"),
                byHead.get("users/" + TestUsers.idOf("hr.northshire")))) {
            assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(404);
            assertThat(notTheirs.json().getString("message")).isEqualTo("User not found");
        }
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM user_role WHERE user_id = ? AND role = 'DEPUTY_DSL'", otherSchool))
                .isZero();

        for (Api.Reply adminsOnly : List.of(byHead.post("users/" + colleagueId + "/deactivation", ""),
                byHead.put("users/" + colleagueId, """
                        {"name":"Renamed","email":"%s","schoolId":%d,"roles":["STAFF"]}""".formatted(email(), riverside())),
                byHead.post("users", """
                        {"name":"Made by a head","email":"%s","schoolId":%d,"roles":["STAFF"]}""".formatted(email(), riverside())))) {
            assertThat(adminsOnly.status()).as(adminsOnly.body()).isEqualTo(403);
            assertThat(adminsOnly.json().getString("message")).contains("Only an LA administrator");
        }
        for (Api.Reply nobodys : List.of(Api.as(base, colleague).get("users"), Api.as(base, "staff.riverside")
                .put("users/" + colleagueId + "/roles", "{\"roles\":[\"STAFF\"]}"), Api.as(base, "lead.riverside")
                .post("users", """
                        {"name":"Made by a lead","email":"%s","schoolId":%d,"roles":["STAFF"]}""".formatted(email(), riverside())))) {
            assertThat(nobodys.status()).as(nobodys.body()).isEqualTo(403);
            assertThat(nobodys.json().getString("message")).contains("Only LA administrators and head teachers");
        }
        assertThat(roles(Api.as(base, ADMIN).get("users/" + colleagueId).json())).containsExactlyInAnyOrder("STAFF", "DEPUTY_DSL");
    }

    @Test
    void issue13_item3_anLaAdminCorrectingAUsersRolesEndsTheirSessionsAndANameAloneDoesNot() {
        String lead = TestUsers.copyOf("lead.riverside");
        long id = TestUsers.idOf(lead);
        Api admin = Api.as(base, ADMIN);
        PageSession session = PageSession.signedInAs(base, lead);
        assertThat(session.get("inbox/inbox.xhtml").uri().getPath()).endsWith("inbox/inbox.xhtml");
        String email = lead + "@example.org";

        Api.Reply renamed = admin.put("users/" + id, """
                {"name":"Renamed Lead","email":"%s","schoolId":%d,"roles":["STAFF","ONLINE_SAFETY_LEAD"]}""".formatted(email, riverside()));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().getString("name")).isEqualTo("Renamed Lead");
        assertThat(renamed.json().getString("username")).as("the user name stays").isEqualTo(lead);
        assertThat(audited("USER_CHANGED", "user:" + id)).isEqualTo(1);
        assertThat(session.get("inbox/inbox.xhtml").uri().getPath()).as("a new name alone keeps the session")
                .endsWith("inbox/inbox.xhtml");

        Api.Reply misplaced = admin.put("users/" + id, """
                {"name":"Renamed Lead","email":"%s","schoolId":null,"roles":["ONLINE_SAFETY_LEAD"]}""".formatted(email));
        assertThat(misplaced.status()).as(misplaced.body()).isEqualTo(400);
        assertThat(fields(misplaced)).containsExactly("roles");
        Api.Reply taken = admin.put("users/" + id, """
                {"name":"Renamed Lead","email":"lead.riverside@example.org","schoolId":%d,"roles":["STAFF","ONLINE_SAFETY_LEAD"]}"""
                .formatted(riverside()));
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(session.get("inbox/inbox.xhtml").uri().getPath()).endsWith("inbox/inbox.xhtml");

        Api.Reply changed = admin.put("users/" + id, """
                {"name":"Renamed Lead","email":"%s","schoolId":%d,"roles":["STAFF","ONLINE_SAFETY_LEAD","DSL"]}"""
                .formatted(email, riverside()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(roles(changed.json())).containsExactlyInAnyOrder("STAFF", "ONLINE_SAFETY_LEAD", "DSL");
        assertThat(audited("USER_CHANGED", "user:" + id)).isEqualTo(2);
        HttpResponse<String> next = session.get("inbox/inbox.xhtml");
        assertThat(next.uri().getPath()).as("new roles end the session").endsWith("login.xhtml");
        assertThat(next.body()).contains("signed out");
    }

    // ---------------------------------------------------------------- deactivation

    @Test
    void issue13_item3_deactivationEndsSessionsTokensAndBasicAtOnceKeepsTheirCasesAndCanBeUndone() {
        String staff = TestUsers.copyOf("staff.riverside");
        long id = TestUsers.idOf(staff);
        Api admin = Api.as(base, ADMIN);
        Api.Reply report = Api.as(base, staff).post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"Reported before leaving","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0)));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        String reference = report.json().getString("reference");
        Api.Reply token = Api.as(base, staff).post("tokens", "{\"name\":\"Until deactivated\",\"expiresInDays\":30}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        Api byToken = Api.withToken(base, token.json().getString("token"));
        assertThat(byToken.get("cases").status()).isEqualTo(200);
        PageSession session = PageSession.signedInAs(base, staff);
        assertThat(session.get("casefile/mine.xhtml").uri().getPath()).endsWith("casefile/mine.xhtml");

        Api.Reply deactivated = admin.post("users/" + id + "/deactivation", "");
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        assertThat(deactivated.json().getBoolean("active")).isFalse();
        assertThat(audited("USER_DEACTIVATED", "user:" + id)).isEqualTo(1);

        HttpResponse<String> next = session.get("casefile/mine.xhtml");
        assertThat(next.uri().getPath()).as("the page session ends at once").endsWith("login.xhtml");
        assertThat(next.body()).contains("no longer active");
        assertThat(byToken.get("cases").status()).as("the token").isEqualTo(401);
        assertThat(FromAddress.get(ELSEWHERE, base, "api/cases", Map.of("Authorization", basic(staff, Api.PASSWORD)))
                .status()).as("Basic").isEqualTo(401);
        Api.Reply kept = Api.as(base, "lead.riverside").get("cases/" + reference);
        assertThat(kept.status()).as("their case stays: " + kept.body()).isEqualTo(200);
        assertThat(kept.json().getString("reference")).isEqualTo(reference);

        assertThat(admin.get("users?text=" + staff).json().getJsonNumber("total").longValue())
                .as("not listed among the active").isZero();
        JsonObject withInactive = admin.get("users?inactive=true&text=" + staff).json();
        assertThat(withInactive.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(withInactive.getJsonArray("users").getJsonObject(0).getBoolean("active")).isFalse();
        Api.Reply link = admin.post("users/" + id + "/password-link", "");
        assertThat(link.status()).as(link.body()).isEqualTo(409);
        assertThat(link.json().getString("message")).contains("deactivated");
        assertThat(admin.post("users/" + id + "/deactivation", "").status()).as("twice is still deactivated").isEqualTo(200);
        assertThat(audited("USER_DEACTIVATED", "user:" + id)).isEqualTo(1);

        String otherAdmin = TestUsers.copyOf(ADMIN);
        Api.Reply self = Api.as(base, otherAdmin).post("users/" + TestUsers.idOf(otherAdmin) + "/deactivation", "");
        assertThat(self.status()).as(self.body()).isEqualTo(409);
        assertThat(self.json().getString("message")).contains("cannot deactivate your own account");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM app_user WHERE username = ? AND active", otherAdmin)).isEqualTo(1);

        Api.Reply back = admin.delete("users/" + id + "/deactivation");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().getBoolean("active")).isTrue();
        assertThat(audited("USER_REACTIVATED", "user:" + id)).isEqualTo(1);
        assertThat(Api.as(base, staff).get("cases").status()).as("signs in again with their password").isEqualTo(200);
        assertThat(byToken.get("cases").status()).as("their tokens were revoked, not paused").isEqualTo(401);
        assertThat(PageSession.signedInAs(base, staff).get("casefile/mine.xhtml").body()).contains(reference);
    }

    /**
     * No case waits on someone who has left: the task a lead held goes back to the school's leads
     * when an LA admin takes the lead role away, and again when the lead is deactivated.
     */
    @Test
    void issue13_item3_tasksHeldByALeadWhoLosesTheRoleOrIsDeactivatedGoBackToTheirGroup() {
        String lead = TestUsers.copyOf("lead.riverside");
        long id = TestUsers.idOf(lead);
        Api asLead = Api.as(base, lead);
        String reference = reportAsStaff("Held by a lead who moves on");
        String taskId = asLead.taskId(reference, "triageByLead");
        Api.Reply claimed = asLead.post("tasks/" + taskId + "/claim", "");
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(claimed.json().getString("assignee")).isEqualTo("user:" + id);

        Api admin = Api.as(base, ADMIN);
        Api.Reply stillLead = admin.put("users/" + id + "/roles", "{\"roles\":[\"STAFF\",\"ONLINE_SAFETY_LEAD\",\"GOVERNOR\"]}");
        assertThat(stillLead.status()).as(stillLead.body()).isEqualTo(200);
        JsonObject kept = Api.as(base, "lead.riverside").get("tasks/" + taskId).json();
        assertThat(kept.getString("assignee", null)).as("still a lead: the task stays theirs").isEqualTo("user:" + id);

        Api.Reply noLonger = admin.put("users/" + id + "/roles", "{\"roles\":[\"STAFF\"]}");
        assertThat(noLonger.status()).as(noLonger.body()).isEqualTo(200);
        JsonObject given = Api.as(base, "lead.riverside").get("tasks/" + taskId).json();
        assertThat(given.getString("assignee", null)).as("no longer a lead: the task is back with the leads " + given)
                .isNull();
        assertThat(audited("TASK_UNCLAIMED", reference)).isEqualTo(1);

        admin.put("users/" + id + "/roles", "{\"roles\":[\"STAFF\",\"ONLINE_SAFETY_LEAD\"]}");
        Api.Reply again = Api.as(base, lead).post("tasks/" + taskId + "/claim", "");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(admin.post("users/" + id + "/deactivation", "").status()).isEqualTo(200);
        JsonObject afterLeaving = Api.as(base, "lead.riverside").get("tasks/" + taskId).json();
        assertThat(afterLeaving.getString("assignee", null)).as("deactivated: the task is back with the leads "
                + afterLeaving).isNull();
        assertThat(audited("TASK_UNCLAIMED", reference)).isEqualTo(2);
    }

    /** Issue #13 item 2 kept by LA admins: the LA's setting, and a lost second factor removed so its owner enrols again. */
    @Test
    void issue13_item2_item3_anLaAdminRequiresASecondFactorAndRemovesALostOne() {
        Api admin = Api.as(base, ADMIN);
        assertThat(admin.get("local-authority/second-factor").json().getBoolean("required")).as("the demo's").isFalse();
        Api.Reply typed = admin.put("local-authority/second-factor", "{\"required\":\"yes\"}");
        assertThat(typed.status()).as(typed.body()).isEqualTo(400);
        assertThat(Api.as(base, "head.riverside").put("local-authority/second-factor", "{\"required\":true}").status())
                .isEqualTo(403);
        long la = localAuthorityOf(ADMIN);
        // Once required, an LA admin's HTTP Basic is refused (it cannot carry a second factor): a token can.
        Api.Reply token = admin.post("tokens", "{\"name\":\"Second factor setting\",\"expiresInDays\":1}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        Api byToken = Api.withToken(base, token.json().getString("token"));
        try {
            Api.Reply on = byToken.put("local-authority/second-factor", "{\"required\":true}");
            assertThat(on.status()).as(on.body()).isEqualTo(200);
            assertThat(TestDatabase.count("SELECT second_factor_required FROM local_authority WHERE id = ?", la)).isEqualTo(1);
            assertThat(audited("SECOND_FACTOR_SETTING_CHANGED", "la:" + la + ":required")).isPositive();
            assertThat(admin.get("local-authority/second-factor").status()).as("Basic, now").isEqualTo(403);
            assertThat(byToken.get("local-authority/second-factor").json().getBoolean("required")).isTrue();
        } finally {
            assertThat(byToken.put("local-authority/second-factor", "{\"required\":false}").status()).isEqualTo(200);
        }
        assertThat(TestDatabase.count("SELECT second_factor_required FROM local_authority WHERE id = ?", la)).isZero();

        String dsl = TestUsers.copyOf("dsl.riverside");
        long id = TestUsers.idOf(dsl);
        TestDatabase.update("INSERT INTO second_factor (user_id, sealed_secret, enrolled_at, last_time_step) "
                + "VALUES (?, 'lost-with-the-phone', NOW(), 0)", id);
        TestDatabase.update("INSERT INTO recovery_code (user_id, code_hash) VALUES (?, REPEAT('a', 64))", id);
        assertThat(Api.as(base, "head.riverside").delete("users/" + id + "/second-factor").status())
                .as("a head teacher may not").isEqualTo(403);
        Api.Reply removed = admin.delete("users/" + id + "/second-factor");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM second_factor WHERE user_id = ?", id)).isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM recovery_code WHERE user_id = ?", id)).isZero();
        assertThat(TestDatabase.count("SELECT session_epoch FROM app_user WHERE id = ?", id)).as("sessions end").isEqualTo(1);
        assertThat(audited("SECOND_FACTOR_RESET", "user:" + id)).isEqualTo(1);
        Api.Reply none = admin.delete("users/" + id + "/second-factor");
        assertThat(none.status()).as(none.body()).isEqualTo(409);
        assertThat(none.json().getString("message")).contains("no second factor");
    }

    /** Two admins saving the same school number or e-mail at the same moment: one is made, the other told why, never a 500. */
    @Test
    void issue13_item3_theSameNumberOrAddressSavedTwiceAtOnceMakesOneAndRefusesTheOtherInWords() throws Exception {
        Api admin = Api.as(base, ADMIN);
        String otherAdmin = TestUsers.copyOf(ADMIN);
        Api second = Api.as(base, otherAdmin);
        long riverside = riverside();
        for (int round = 0; round < 10; round++) {
            String urn = urn();
            String school = "{\"name\":\"Race " + unique() + "\",\"urn\":\"" + urn + "\",\"nation\":\"ENGLAND\"}";
            assertOneMadeOneRefused(() -> admin.post("schools", school), () -> second.post("schools", school));
            String address = email();
            String user = "{\"name\":\"Race\",\"email\":\"" + address + "\",\"schoolId\":" + riverside
                    + ",\"roles\":[\"GOVERNOR\"]}";
            assertOneMadeOneRefused(() -> admin.post("users", user), () -> second.post("users", user));
            madeHere.add(address.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static void assertOneMadeOneRefused(java.util.function.Supplier<Api.Reply> one,
                                                java.util.function.Supplier<Api.Reply> other) throws Exception {
        var first = java.util.concurrent.CompletableFuture.supplyAsync(one);
        var then = java.util.concurrent.CompletableFuture.supplyAsync(other);
        List<Api.Reply> replies = List.of(first.get(), then.get());
        assertThat(replies).extracting(Api.Reply::status).as(replies.toString()).containsExactlyInAnyOrder(201, 409);
        assertThat(replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().json().getString("message"))
                .contains("already");
    }

    private String reportAsStaff(String description) {
        Api.Reply report = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"%s","occurredAt":"%s"}
                """.formatted(description, LocalDateTime.now().minusHours(1).withNano(0)));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        return report.json().getString("reference");
    }

    // ---------------------------------------------------------------- helpers

    private record OtherAuthority(long schoolId, String schoolName, String tag, String admin) {
    }

    /** A second local authority with one school and one LA admin (a copy of admin.northshire moved there). */
    private static OtherAuthority otherLocalAuthority() {
        String tag = unique();
        String authority = "Other LA " + tag;
        String school = "Other LA School " + tag;
        TestDatabase.update("INSERT INTO local_authority (name) VALUES (?)", authority);
        TestDatabase.update("INSERT INTO school (local_authority_id, name, urn, nation) "
                + "SELECT id, ?, ?, 'ENGLAND' FROM local_authority WHERE name = ?", school, urn(), authority);
        String admin = TestUsers.copyOf(ADMIN);
        TestDatabase.update("UPDATE app_user SET local_authority_id = (SELECT id FROM local_authority WHERE name = ?) "
                + "WHERE username = ?", authority, admin);
        return new OtherAuthority(TestDatabase.count("SELECT id FROM school WHERE name = ?", school), school, tag, admin);
    }

    private static long madeSchool(Api admin, String name, String urn) {
        Api.Reply made = admin.post("schools", """
                {"name":"%s","urn":"%s","nation":"ENGLAND"}""".formatted(name, urn));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().getJsonNumber("id").longValue();
    }

    private static long riverside() {
        return TestDatabase.count("SELECT school_id FROM app_user WHERE username = 'staff.riverside'");
    }

    private static long hillview() {
        return TestDatabase.count("SELECT school_id FROM app_user WHERE username = 'staff.hillview'");
    }

    private static long localAuthorityOf(String username) {
        return TestDatabase.count("SELECT local_authority_id FROM app_user WHERE username = ?", username);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A school number (URN) no demo school has: eight digits starting with 9. */
    private static String urn() {
        return "9" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static String email() {
        return "person." + unique() + "@example.org";
    }

    private static long audited(String action, String subject) {
        return TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject = ?", action, subject);
    }

    /** The names of the fields a 400 answer refuses. */
    private static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(field -> field.getString("field")).toList();
    }

    private static List<String> roles(JsonObject user) {
        return user.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** A text field of an answer, or null where it is null or left out. */
    private static String text(JsonObject object, String name) {
        return object.containsKey(name) && !object.isNull(name) ? object.getString(name) : null;
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether this name and password sign in (HTTP Basic, from the address whose failures do not matter). */
    private boolean signsIn(String username, String password) {
        int status = FromAddress.get(ELSEWHERE, base, "api/cases", Map.of("Authorization", basic(username, password))).status();
        assertThat(status).isIn(200, 401);
        return status == 200;
    }

    /** Links of this user that can be used now, by the SHA-256 of the mailed key. */
    private static long usableLinks(long userId, String key) {
        return TestDatabase.count("SELECT COUNT(*) FROM password_reset WHERE user_id = ? AND secret_hash = SHA2(?, 256) "
                + "AND used_at IS NULL AND expires_at > NOW(6)", userId, key);
    }

    /** Opens the link's page as its recipient would and chooses this password; answers the page that follows. */
    private HttpResponse<String> setPasswordWithLink(String key, String password) {
        PageSession browser = PageSession.anonymous(base);
        HttpResponse<String> page = browser.get("reset-password.xhtml?key=" + key);
        Matcher form = PASSWORD_FORM.matcher(page.body());
        if (!form.find()) {
            return page;
        }
        return browser.submit(page, form.group(1), Map.of("password", password, "repeated", password), "submit");
    }

    /** The first mail to {@code address} holding a password link whose key is not one of {@code seen}. */
    private static MimeMessage awaitMail(String address, Set<String> seen) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address))) {
                    String key = keyIn(message);
                    if (key != null && !seen.contains(key)) {
                        return message;
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no new password link for " + address + " within 60 s");
    }

    private static String keyIn(MimeMessage message) throws MessagingException, IOException {
        Matcher link = LINK.matcher(String.valueOf(message.getContent()));
        return link.find() ? link.group(1) : null;
    }
}
