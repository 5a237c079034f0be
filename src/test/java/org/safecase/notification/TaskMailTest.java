package org.safecase.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskMailTest {
    @Test
    void R_ST_4_mailCarriesOnlyALinkToTheTask() {
        String body = TaskMail.body(java.util.Locale.UK, "https://safecase.example.gov.uk/safecase/", "0d2c-task");

        assertThat(body).contains("https://safecase.example.gov.uk/safecase/inbox/task.xhtml?id=0d2c-task")
                .contains("no details of the case");
        assertThat(TaskMail.subject(java.util.Locale.UK)).doesNotContainIgnoringCase("bully").doesNotContain("SC-");
    }
}
