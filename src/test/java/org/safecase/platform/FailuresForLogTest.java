package org.safecase.platform;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Issue #15 item 1: a failure as the server log shows it carries no message that could quote a case")
class FailuresForLogTest {
    @Test
    void rx3_item1_theLoggedFailureKeepsClassesAndFramesButNoMessages() {
        IllegalStateException failure = new IllegalStateException("outer: Ellie Pupil posted about me",
                new java.sql.SQLException("Duplicate entry 'Ellie Pupil' for key"));
        StringWriter printed = new StringWriter();
        Failures.forLog(failure).printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString()).contains(IllegalStateException.class.getName())
                .contains(java.sql.SQLException.class.getName()).contains("FailuresForLogTest")
                .doesNotContain("Ellie");
    }
}
