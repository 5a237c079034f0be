package org.safecase;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safecase.calendar.SchoolCalendar;
import org.safecase.calendar.SchoolDay;
import org.safecase.identity.Nation;
import org.safecase.testing.ServerAddress;
import org.safecase.testing.SharedServer;
import org.safecase.testing.Api;
import org.safecase.testing.Smtp;
import org.safecase.testing.TestDatabase;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Task notifications through a real SMTP server (GreenMail): the lead is e-mailed when a report
 * arrives (R-ST-4), with a link and no case content; outside school hours the mail is held
 * until the next school morning (R-X-1a), so the test lets that morning "arrive" in the outbox.
 */
@ExtendWith(SharedServer.class)
class NotificationIT {
    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();


    @ServerAddress
    URL base;

    @Test
    void R_ST_4_R_X_1a_leadIsEmailedALinkWithNoCaseContentInSchoolHours() throws Exception {
        String description = "Parent posted that Mr Example is a liar";
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"CYBERBULLYING","description":"%s","occurredAt":"%s","platform":"Social Example"}
                """.formatted(description, LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");

        String taskId;
        LocalDateTime created;
        LocalDateTime sendAfter;
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT task_id, created_at, send_after FROM task_notification WHERE case_reference = ?")) {
            query.setString(1, reference);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a notification is queued with the report").isTrue();
                taskId = row.getString(1);
                created = row.getObject(2, LocalDateTime.class);
                sendAfter = row.getObject(3, LocalDateTime.class);
            }
        }
        SchoolCalendar riverside = new SchoolCalendar(Nation.ENGLAND, List.of(), SchoolDay.DEFAULT);
        assertThat(sendAfter).as("held to school hours").isEqualTo(riverside.firstWorkingMomentFrom(created));

        try (Connection db = TestDatabase.connect(); PreparedStatement morning = db.prepareStatement(
                "UPDATE task_notification SET send_after = created_at WHERE case_reference = ?")) {
            morning.setString(1, reference);
            morning.executeUpdate();
        }

        MimeMessage mail = awaitMailFor("lead.riverside@example.org", taskId);
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getSubject()).isEqualTo("SafeCase: a task is waiting for you");
        assertThat(body).contains("/inbox/task.xhtml?id=" + taskId)
                .doesNotContain(reference).doesNotContain("Mr Example").doesNotContain("Social Example")
                .doesNotContainIgnoringCase("cyberbullying");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> GreenMailUtil.getBody(m).contains(taskId))
                .flatMap(NotificationIT::recipients))
                .as("nobody else at the school, no other school (earlier tests' urgent tasks are mailed too)").doesNotContain("staff.riverside@example.org",
                        "lead.hillview@example.org", "dsl.riverside@example.org");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM task_notification WHERE case_reference = ? "
                + "AND sent_at IS NOT NULL AND recipients = 1", reference)).isEqualTo(1);
    }

    /**
     * The mail to {@code address} about this task; other tests' tasks (an urgent one is due at once)
     * may be mailed to the same lead first.
     */
    private static MimeMessage awaitMailFor(String address, String taskId) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (recipients(message).anyMatch(address::equals) && GreenMailUtil.getBody(message).contains(taskId)) {
                    return message;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail for " + address + " within 60 s");
    }

    private static java.util.stream.Stream<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void R_X_1a_immediateDangerIsUrgentAndNotHeldToSchoolHours() {
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"PHONE_ABUSE","description":"Threatening calls","occurredAt":"%s","immediateDanger":true}
                """.formatted(LocalDateTime.now().minusMinutes(30).withNano(0))).json().getString("reference");

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM task_notification WHERE case_reference = ? "
                + "AND send_after = created_at", reference)).as("sent at once, whatever the hour").isEqualTo(1);
    }
}
