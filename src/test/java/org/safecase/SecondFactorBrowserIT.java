package org.safecase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safecase.identity.Base32;
import org.safecase.identity.Totp;
import org.safecase.testing.Api;
import org.safecase.testing.AxeAudit;
import org.safecase.testing.BrowserJourney;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.TestUsers;
import org.safecase.testing.pages.SecondFactorPages;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13 item 2 in a browser: a DSL whose local authority requires a second factor enrols from
 * the page (the secret as text, a first code, recovery codes shown once) and signs in again with a
 * code; the enrolment page, the code page and their refusals pass axe-core's WCAG 2.2 AA rules
 * with no serious or critical violation.
 */
class SecondFactorBrowserIT extends BrowserJourney {
    @AfterEach
    void retireTheUsersMadeForTheTest() {
        TestUsers.retireAll();
        TestDatabase.forgetSignInFailuresFrom("127.0.0.1");
    }

    /** A six-digit code that is not the one given: one digit changed. */
    private static String wrong(String code) {
        return (char) ('0' + (code.charAt(0) - '0' + 1) % 10) + code.substring(1);
    }

    @Test
    void issue13_item2_aDslEnrolsFromThePageAndSignsInWithACodeAndBothPagesAreAccessible() {
        String dsl = TestUsers.copyRequiringSecondFactor("dsl.riverside");
        AxeAudit axe = new AxeAudit(driver);
        signInPage().attemptSignIn(dsl, Api.PASSWORD);
        SecondFactorPages pages = new SecondFactorPages(driver);
        byte[] key = Base32.decode(pages.secret());
        axe.check("enrolment");
        long step = Totp.stepAt(Instant.now());

        pages.confirmEnrolment(wrong(Totp.code(key, step)));
        assertThat(pages.enrolmentProblem()).contains("not right");
        axe.check("enrolment, wrong code");
        pages.confirmEnrolment(Totp.code(key, step));
        assertThat(pages.recoveryCodes()).hasSize(10);
        axe.check("recovery codes");
        pages.carryOn();

        driver.manage().deleteAllCookies();
        signInPage().attemptSignIn(dsl, Api.PASSWORD);
        pages.awaitCodePage();
        axe.check("code");
        pages.giveCode(wrong(Totp.code(key, step + 1)));
        assertThat(pages.codeProblem()).contains("not right");
        axe.check("code, wrong");
        pages.giveCode(Totp.code(key, step + 1));
        pages.waitForSignedIn();
        axe.assertNoSeriousOrCriticalViolations();
    }
}
