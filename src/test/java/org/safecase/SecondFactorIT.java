package org.safecase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safecase.identity.Base32;
import org.safecase.identity.Totp;
import org.safecase.testing.ServerAddress;
import org.safecase.testing.SharedServer;
import org.safecase.testing.Api;
import org.safecase.testing.PageSession;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.TestUsers;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13 item 2 over the wire, on the WAR as built: a DSL of a local authority that requires a
 * second factor enrols (secret read from the page, codes computed here with RFC 6238), cannot reach
 * a case or the inbox with the password alone, reaches them with a code, never with the same code
 * twice, and can use each recovery code once. Each test makes its own DSL (a copy of
 * {@code dsl.riverside}) in a local authority of its own that requires the second factor, so the
 * demo LA, which does not, and the demo users other tests sign in as are untouched.
 */
@ExtendWith(SharedServer.class)
class SecondFactorIT {
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\"[^>]*>([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("class=\"recovery-code\">([a-z2-7]{5}-[a-z2-7]{5})</code>");


    @ServerAddress
    URL base;

    /** An enrolled user: the secret their app holds, the step of the code that enrolled them, their recovery codes. */
    private record Enrolled(byte[] key, long step, List<String> recoveryCodes) {
        String code(long at) {
            return Totp.code(key, at);
        }
    }

    @AfterEach
    void retireTheUsersMadeForTheTest() {
        TestUsers.retireAll();
        TestDatabase.forgetSignInFailuresFrom("127.0.0.1");
    }

    private static String guardedDsl() {
        return TestUsers.copyRequiringSecondFactor("dsl.riverside");
    }

    private String staffCase() {
        Api.Reply made = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"Seen before a second factor","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().getString("reference");
    }

    private static String casePage(String reference) {
        return "casefile/case.xhtml?ref=" + reference;
    }

    private static long audited(String action, String dsl) {
        return TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject = ?",
                action, "user:" + TestUsers.idOf(dsl));
    }

    /** Signs in with the password, is sent to enrol, adds the secret shown to "an app" and confirms with its code. */
    private Enrolled enrol(PageSession session, String dsl) {
        HttpResponse<String> page = session.signIn(dsl, Api.PASSWORD);
        assertThat(page.uri().getPath()).as("sent to enrol").endsWith("second-factor-enrol.xhtml");
        Matcher secret = SECRET.matcher(page.body());
        assertThat(secret.find()).as(page.body()).isTrue();
        byte[] key = Base32.decode(secret.group(1));
        assertThat(page.body()).contains("otpauth://totp/SafeCase").contains("secret=" + secret.group(1).replace(" ", ""));
        long step = Totp.stepAt(Instant.now());
        HttpResponse<String> done = session.submit(page, "enrol", Map.of("code", Totp.code(key, step)), "confirm");
        List<String> codes = new ArrayList<>();
        Matcher recovery = RECOVERY.matcher(done.body());
        while (recovery.find()) {
            codes.add(recovery.group(1));
        }
        assertThat(codes).as(done.body()).hasSize(10).doesNotHaveDuplicates();
        return new Enrolled(key, step, codes);
    }

    /** Signs in with the password only; answers the page the session was sent to. */
    private static HttpResponse<String> passwordOnly(PageSession session, String dsl) {
        HttpResponse<String> page = session.signIn(dsl, Api.PASSWORD);
        assertThat(page.uri().getPath()).as("asked for a code").endsWith("second-factor.xhtml");
        return page;
    }

    private static void reachesNothing(PageSession session, String reference) {
        for (String path : List.of(casePage(reference), "inbox/inbox.xhtml", "casefile/cases.xhtml", "identity/tokens.xhtml")) {
            HttpResponse<String> answer = session.get(path);
            assertThat(answer.uri().getPath()).as(path).endsWith("second-factor.xhtml");
            assertThat(answer.body()).as(path).doesNotContain(reference);
        }
    }

    private static void reachesTheCase(PageSession session, String reference) {
        HttpResponse<String> page = session.get(casePage(reference));
        assertThat(page.uri().getPath()).endsWith("casefile/case.xhtml");
        assertThat(page.body()).contains(reference);
        assertThat(session.get("inbox/inbox.xhtml").uri().getPath()).endsWith("inbox/inbox.xhtml");
    }

    @Test
    void issue13_item2_aDslWithASecondFactorCannotReachACaseWithoutItAndNoCodeWorksTwice() {
        String reference = staffCase();
        String dsl = guardedDsl();
        PageSession enrolling = PageSession.anonymous(base);
        HttpResponse<String> sent = enrolling.signIn(dsl, Api.PASSWORD);
        assertThat(sent.uri().getPath()).endsWith("second-factor-enrol.xhtml");
        assertThat(enrolling.get(casePage(reference)).uri().getPath()).as("not enrolled: nothing else")
                .endsWith("second-factor-enrol.xhtml");
        Api.Reply basic = Api.as(base, dsl).get("tasks");
        assertThat(basic.status()).as("HTTP Basic carries no second factor").isEqualTo(403);
        assertThat(basic.json().getString("message")).contains("second factor");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'SECOND_FACTOR_REFUSED' AND subject = ?",
                "basic:user:" + TestUsers.idOf(dsl))).isEqualTo(1);

        Enrolled enrolled = enrol(PageSession.anonymous(base), dsl);
        assertThat(audited("SECOND_FACTOR_ENROLLED", dsl)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM second_factor WHERE user_id = ? AND sealed_secret NOT LIKE ?",
                TestUsers.idOf(dsl), "%" + Base32.encode(enrolled.key()) + "%")).as("the secret is kept sealed").isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM recovery_code WHERE user_id = ? AND code_hash = SHA2(?, 256)",
                TestUsers.idOf(dsl), "recovery:" + TestUsers.idOf(dsl) + ":"
                        + enrolled.recoveryCodes().get(0).replace("-", "").toUpperCase(Locale.ROOT)))
                .as("recovery codes kept as hashes").isEqualTo(1);

        PageSession session = PageSession.anonymous(base);
        session.get("login.xhtml");
        String anonymousId = session.sessionId();
        HttpResponse<String> asked = passwordOnly(session, dsl);
        String halfId = session.sessionId();
        assertThat(halfId).as("a new session id once the password is taken").isNotEqualTo(anonymousId);
        reachesNothing(session, reference);

        HttpResponse<String> reused = session.submit(asked, "secondFactor", Map.of("code", enrolled.code(enrolled.step())), "submit");
        assertThat(reused.body()).as("the enrolment's code again").contains("not right").contains("aria-invalid=\"true\"");
        reachesNothing(session, reference);
        assertThat(TestDatabase.count("SELECT failures FROM sign_in_throttle WHERE subject_hash = SHA2(CONCAT('account:', LOWER(?)), 256)",
                dsl)).as("a wrong code counts in the sign-in throttle").isEqualTo(1);

        HttpResponse<String> signedIn = session.submit(reused, "secondFactor",
                Map.of("code", enrolled.code(enrolled.step() + 1)), "submit");
        assertThat(signedIn.uri().getPath()).endsWith("index.xhtml");
        assertThat(session.sessionId()).as("and again once the code is taken").isNotEqualTo(halfId);
        reachesTheCase(session, reference);

        PageSession again = PageSession.anonymous(base);
        HttpResponse<String> replay = again.submit(passwordOnly(again, dsl), "secondFactor",
                Map.of("code", enrolled.code(enrolled.step() + 1)), "submit");
        assertThat(replay.body()).as("a code accepted once").contains("not right");
        reachesNothing(again, reference);
        assertThat(audited("SECOND_FACTOR_REFUSED", dsl)).isEqualTo(2);
    }

    @Test
    void issue13_item2_eachRecoveryCodeWorksOnceAndNotTwice() {
        String reference = staffCase();
        String dsl = guardedDsl();
        Enrolled enrolled = enrol(PageSession.anonymous(base), dsl);
        String first = enrolled.recoveryCodes().get(0);

        PageSession session = PageSession.anonymous(base);
        HttpResponse<String> used = session.submit(passwordOnly(session, dsl), "secondFactor", Map.of("code", first), "submit");
        assertThat(used.uri().getPath()).endsWith("index.xhtml");
        reachesTheCase(session, reference);
        assertThat(audited("RECOVERY_CODE_USED", dsl)).isEqualTo(1);

        PageSession again = PageSession.anonymous(base);
        HttpResponse<String> refused = again.submit(passwordOnly(again, dsl), "secondFactor", Map.of("code", first), "submit");
        assertThat(refused.body()).as("the same recovery code again").contains("not right");
        reachesNothing(again, reference);

        String second = enrolled.recoveryCodes().get(1).toUpperCase(Locale.ROOT).replace("-", " ");
        HttpResponse<String> next = again.submit(refused, "secondFactor", Map.of("code", second), "submit");
        assertThat(next.uri().getPath()).as("another recovery code, typed in capitals").endsWith("index.xhtml");
        reachesTheCase(again, reference);
        assertThat(audited("RECOVERY_CODE_USED", dsl)).isEqualTo(2);
    }

    @Test
    void issue13_item2_withoutAPasswordFirstTheStepPagesOfferOnlyTheSignInPageInWords() {
        PageSession anonymous = PageSession.anonymous(base);
        for (String path : List.of("second-factor.xhtml", "second-factor-enrol.xhtml")) {
            HttpResponse<String> page = anonymous.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("no sign-in waiting").doesNotContain("otpauth://")
                    .doesNotContain("id=\"secondFactor\"");
        }
    }

    @Test
    void issue13_item2_whereTheLocalAuthorityDoesNotRequireItThePasswordIsEnough() {
        String dsl = TestUsers.copyOf("dsl.riverside");
        PageSession session = PageSession.signedInAs(base, dsl);
        assertThat(session.get("inbox/inbox.xhtml").uri().getPath()).endsWith("inbox/inbox.xhtml");
        assertThat(Api.as(base, dsl).get("tasks").status()).isEqualTo(200);
    }
}
