package org.safecase;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safecase.calendar.SchoolCalendar;
import org.safecase.calendar.SchoolDay;
import org.safecase.identity.Nation;
import org.safecase.testing.Api;
import org.safecase.testing.OwnServer;
import org.safecase.testing.TestDatabase;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9's urgent case on a real server whose clock is moved to 18:00 on a weekday
 * ({@code SAFECASE_CLOCK_OFFSET}, honoured on demonstration and test installations only): a
 * report in immediate danger is notified at once, its triage is due two clock hours later, and
 * its missed deadline reaches the head teacher at once; a report that is not urgent, made at the
 * same time, waits for the next school morning (R-ST-3, R-X-1a).
 */
class UrgentEveningIT {
    private static final String DB = System.getProperty("safecase.test.evening.db.name", "safecase_evening_test");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static OwnServer server;

    /** The next Tuesday, Wednesday or Thursday at 18:00 in London, so that no weekend is near. */
    static ZonedDateTime nextWeekdayEvening(ZonedDateTime now) {
        ZonedDateTime evening = now.withHour(18).withMinute(0).withSecond(0).withNano(0);
        while (!evening.isAfter(now) || !List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)
                .contains(evening.getDayOfWeek())) {
            evening = evening.plusDays(1);
        }
        return evening;
    }

    @BeforeAll
    static void startAServerAtSixInTheEvening() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(LONDON);
        Duration toEvening = Duration.between(now, nextWeekdayEvening(now)).plusMinutes(1);
        server = OwnServer.start("evening", DB, Map.of("SAFECASE_DEMO_DATA", "true",
                "SAFECASE_CLOCK_OFFSET", toEvening.toString()));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }


    /** A time of the task's notification as stored (school-local), read without any time-zone conversion. */
    private static LocalDateTime notification(String column, String taskId) {
        LocalDateTime epoch = LocalDateTime.of(2000, 1, 1, 0, 0);
        return epoch.plusNanos(1000 * TestDatabase.countIn(DB, "SELECT TIMESTAMPDIFF(MICROSECOND, '2000-01-01 00:00:00', "
                + column + ") FROM task_notification WHERE task_id = ?", taskId));
    }

    private String report(boolean immediateDanger) {
        return Api.as(server.base(), "staff.riverside").post("incidents", """
                {"category":"CYBERBULLYING","description":"Threats after school","occurredAt":"%s","immediateDanger":%s}
                """.formatted(LocalDateTime.now().minusDays(1).withNano(0), immediateDanger)).json().getString("reference");
    }

    @Test
    void R_ST_3_R_X_1a_anUrgentReportAtSixInTheEveningIsToldAtOnceDueAtEightAndItsMissReachesTheHeadAtOnce()
            throws Exception {
        Api lead = Api.as(server.base(), "lead.riverside");
        String urgent = report(true);
        JsonObject triage = lead.task(urgent, "triageByLead");
        ZonedDateTime created = Instant.parse(triage.getString("createdAt")).atZone(LONDON);
        assertThat(created.getHour()).as("the server's clock says evening").isEqualTo(18);
        assertThat(Instant.parse(triage.getString("dueAt")).atZone(LONDON).getHour()).as("two clock hours later")
                .isEqualTo(20);
        assertThat(Duration.between(created.toInstant(), Instant.parse(triage.getString("dueAt"))))
                .as("the due date is worked out a moment after the task is made")
                .isBetween(Duration.ofHours(2), Duration.ofHours(2).plusSeconds(1));
        assertThat(notification("send_after", triage.getString("id")))
                .as("notified at once, in the evening").isEqualTo(notification("created_at", triage.getString("id")));

        String calm = report(false);
        JsonObject calmTriage = lead.task(calm, "triageByLead");
        LocalDateTime calmCreated = notification("created_at", calmTriage.getString("id"));
        assertThat(notification("send_after", calmTriage.getString("id"))).as("not urgent: the next school morning")
                .isEqualTo(new SchoolCalendar(Nation.ENGLAND, List.of(), SchoolDay.DEFAULT).firstWorkingMomentFrom(calmCreated))
                .isAfter(calmCreated);

        try (var db = java.sql.DriverManager.getConnection("jdbc:mariadb://" + TestDatabase.HOST + ":" + TestDatabase.PORT
                + "/" + DB, TestDatabase.USER, TestDatabase.PASSWORD); var due = db.prepareStatement(
                "UPDATE ACT_RU_TIMER_JOB SET DUEDATE_ = ? WHERE PROCESS_INSTANCE_ID_ = "
                        + "(SELECT process_instance_id FROM incident WHERE reference = ?)")) {
            due.setTimestamp(1, Timestamp.from(Instant.now()));
            due.setString(2, urgent);
            assertThat(due.executeUpdate()).as("the urgent triage deadline").isEqualTo(1);
        }
        Api head = Api.as(server.base(), "head.riverside");
        OwnServer.await("the head teacher's step", Duration.ofSeconds(90),
                () -> head.task(urgent, "headTeacherEnsuresTriage") != null);
        JsonObject escalation = head.task(urgent, "headTeacherEnsuresTriage");
        assertThat(escalation.getBoolean("urgent")).isTrue();
        assertThat(notification("send_after", escalation.getString("id"))).as("the head teacher is told at once")
                .isEqualTo(notification("created_at", escalation.getString("id")));
    }
}
