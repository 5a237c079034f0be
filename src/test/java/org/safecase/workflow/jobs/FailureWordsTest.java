package org.safecase.workflow.jobs;

import org.junit.jupiter.api.Test;
import org.safecase.platform.Locales;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14 item 9: a failed job's error in words, read off the stack trace the engine keeps, for
 * each kind the console knows and for one it does not.
 */
class FailureWordsTest {
    private static FailureWords.Worded words(String stackTrace, Set<String> beans) {
        return FailureWords.of(Failure.chainOf(stackTrace, null), beans);
    }

    private static String trace(String... headers) {
        StringBuilder trace = new StringBuilder(headers[0]).append("\n\tat org.example.Step.run(Step.java:1)\n");
        for (int i = 1; i < headers.length; i++) {
            trace.append("Caused by: ").append(headers[i]).append("\n\tat org.example.Deeper.run(Deeper.java:2)\n\t... 3 more\n");
        }
        return trace.toString();
    }

    @Test
    void item9_theChainIsReadOffTheStackTraceOutermostFirstWithTheFirstLineOfEachMessage() {
        List<Failure> chain = Failure.chainOf(trace("org.flowable.common.engine.api.FlowableException: Job failed\nsecond line",
                "java.lang.IllegalStateException", "java.net.ConnectException: Connection refused"), "ignored");
        assertThat(chain).containsExactly(new Failure("org.flowable.common.engine.api.FlowableException", "Job failed"),
                new Failure("java.lang.IllegalStateException", null), new Failure("java.net.ConnectException", "Connection refused"));
        assertThat(Failure.chainOf(null, "Only a message\nand more")).containsExactly(new Failure(null, "Only a message"));
    }

    @Test
    void item9_aNameTheStepCallsAsItsDelegateIsAMissingBeanAnyOtherAMissingVariable() {
        String trace = trace("org.flowable.common.engine.api.FlowableException: Unknown property used in expression: ${sendLetter}",
                "org.flowable.common.engine.impl.javax.el.PropertyNotFoundException: Cannot resolve identifier 'sendLetter'");
        FailureWords.Worded bean = words(trace, Set.of("sendLetter"));
        assertThat(bean.kind()).isEqualTo(FailureKind.BEAN_MISSING);
        assertThat(bean.phrase().in(Locales.DEFAULT)).contains("part of SafeCase, \u201csendLetter\u201d")
                .contains("Correct the model");
        FailureWords.Worded variable = words(trace, Set.of("otherBean"));
        assertThat(variable.kind()).isEqualTo(FailureKind.VARIABLE_MISSING);
        assertThat(variable.phrase().in(Locales.DEFAULT)).contains("needs a value, \u201csendLetter\u201d");
        assertThat(words(trace("org.flowable.common.engine.api.FlowableException: Unknown property used in expression: ${schoolId}"),
                Set.of()).kind()).as("Flowable's own words, without JUEL's").isEqualTo(FailureKind.VARIABLE_MISSING);
    }

    @Test
    void item9_mailTheDatabaseATimeoutAnotherServiceAndAConflictEachHaveTheirWords() {
        assertThat(words(trace("java.lang.RuntimeException: Sending failed",
                "org.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host, port: 127.0.0.1, 25; timeout -1",
                "java.net.ConnectException: Connection refused"), Set.of()).kind())
                .as("mail before the connection beneath it").isEqualTo(FailureKind.MAIL_UNREACHABLE);
        assertThat(words(trace("jakarta.mail.SendFailedException: Invalid Addresses"), Set.of()).kind())
                .isEqualTo(FailureKind.MAIL_UNREACHABLE);
        assertThat(words(trace("org.flowable.common.engine.api.FlowableException: Could not open connection",
                "java.sql.SQLNonTransientConnectionException: Socket fail to connect to host"), Set.of()).kind())
                .isEqualTo(FailureKind.DATABASE_UNREACHABLE);
        assertThat(words(trace("java.lang.RuntimeException: Call failed", "java.net.SocketTimeoutException: Read timed out"),
                Set.of()).kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(words(trace("org.apache.ibatis.exceptions.PersistenceException: Error updating database",
                "java.sql.SQLException: Lock wait timeout exceeded; try restarting transaction"), Set.of()).kind())
                .isEqualTo(FailureKind.TIMEOUT);
        assertThat(words(trace("java.lang.RuntimeException: Lookup failed", "java.net.UnknownHostException: police.example"),
                Set.of()).kind()).isEqualTo(FailureKind.SERVICE_UNREACHABLE);
        assertThat(words(trace("org.flowable.common.engine.api.FlowableOptimisticLockingException: Execution[ id '1' ] was updated "
                + "by another transaction concurrently"), Set.of()).kind()).isEqualTo(FailureKind.CONFLICT);
        assertThat(words(trace("org.flowable.common.engine.api.FlowableException: couldn't instantiate class org.example.Gone",
                "java.lang.ClassNotFoundException: org.example.Gone"), Set.of()).phrase().in(Locales.DEFAULT))
                .contains("program class, org.example.Gone,");
    }

    @Test
    void item9_anErrorWithoutWordsGivesTheInnermostClassAndTheFirstLineOfItsMessageCut() {
        String long_ = "x".repeat(FailureWords.MAX_MESSAGE + 50);
        FailureWords.Worded other = words(trace("org.flowable.common.engine.api.FlowableException: Job 42 failed",
                "java.lang.IllegalStateException: A step was completed for a case that is not recorded\n" + long_), Set.of());
        assertThat(other.kind()).isEqualTo(FailureKind.OTHER);
        assertThat(other.phrase().in(Locales.DEFAULT)).isEqualTo("The step failed with an error SafeCase has no words for: "
                + "java.lang.IllegalStateException: A step was completed for a case that is not recorded. The full details "
                + "are kept with the job and in the server log.");
        String clipped = words(trace("java.lang.IllegalArgumentException: " + long_), Set.of()).phrase().in(Locales.DEFAULT);
        assertThat(clipped).contains("x".repeat(FailureWords.MAX_MESSAGE - 1) + "\u2026").doesNotContain(long_);
        assertThat(words(null, Set.of()).phrase().in(Locales.DEFAULT)).as("nothing kept at all").contains(": ?: ?.");
    }
}
