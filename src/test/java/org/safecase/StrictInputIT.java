package org.safecase;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safecase.testing.ServerAddress;
import org.safecase.testing.SharedServer;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.TestDatabase;

import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Item 6 of issue #10 on the real server: every endpoint that takes a body, and every task form
 * a case passes through here, fed wrong types, over-long texts and dates out of range. Each is a
 * 400 naming the field, never a 5xx, and stores nothing; a value at its limit is stored whole
 * (so each limit fits its column).
 */
@ExtendWith(SharedServer.class)
class StrictInputIT {
    private static final ZoneId SCHOOL = ZoneId.of("Europe/London");


    @ServerAddress
    URL base;

    /** One value sent for one field, and what must be refused for it. */
    private record Bad(String field, JsonValue value) {
    }

    @Test
    void item6_aReportWithAFieldOfTheWrongTypeTooLongOrOutOfRangeIsRefusedNamingItAndNothingIsStored() {
        Api staff = Api.as(base, "staff.riverside");
        List<Bad> matrix = new ArrayList<>();
        for (String text : List.of("category", "description", "occurredAt", "platform", "locationUrl", "phoneNumber",
                "accountName", "perpetrator", "perpetratorName", "evidenceHeld")) {
            matrix.add(new Bad(text, Json.createValue(12)));
            matrix.add(new Bad(text, JsonValue.TRUE));
            matrix.add(new Bad(text, JsonValue.EMPTY_JSON_OBJECT));
        }
        for (String yesNo : List.of("immediateDanger", "policeWanted")) {
            for (JsonValue wrong : List.of(Json.createValue("true"), Json.createValue("yes"), Json.createValue(1),
                    Json.createValue(0), JsonValue.EMPTY_JSON_ARRAY)) {
                matrix.add(new Bad(yesNo, wrong));
            }
        }
        Map<String, Integer> limits = Map.of("description", 10_000, "platform", 100, "accountName", 200,
                "perpetratorName", 200, "evidenceHeld", 2000, "phoneNumber", 40);
        limits.forEach((field, limit) -> matrix.add(new Bad(field, Json.createValue(
                field.equals("phoneNumber") ? "1".repeat(limit + 1) : "x".repeat(limit + 1)))));
        matrix.add(new Bad("locationUrl", Json.createValue("https://example.org/" + "a".repeat(2048))));
        for (String when : List.of("+99999-01-01T00:00", "1999-12-31T23:59", LocalDateTime.now(SCHOOL).plusDays(2)
                .withNano(0).toString(), "2026-02-30T10:00")) {
            matrix.add(new Bad("occurredAt", Json.createValue(when)));
        }
        matrix.add(new Bad("immediateDangr", JsonValue.TRUE));

        long before = TestDatabase.incidents();
        for (Bad bad : matrix) {
            assertRefusedNaming(bad, () -> staff.post("incidents", report().add(bad.field(), bad.value()).build().toString()));
        }
        assertThat(staff.post("incidents", "[\"CYBERBULLYING\"]").status()).isEqualTo(400);
        assertThat(staff.post("incidents", "{\"category\":").status()).isEqualTo(400);
        assertThat(TestDatabase.incidents()).as("nothing stored by " + matrix.size() + " refused reports").isEqualTo(before);

        JsonObject atLimits = report().add("description", "d".repeat(10_000)).add("platform", "p".repeat(100))
                .add("accountName", "a".repeat(200)).add("perpetratorName", "n".repeat(200))
                .add("evidenceHeld", "e".repeat(2000)).add("phoneNumber", "0".repeat(40))
                .add("locationUrl", "https://example.org/" + "u".repeat(2048 - 20)).build();
        Api.Reply stored = staff.post("incidents", atLimits.toString());
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(TestDatabase.string("SELECT CONCAT(CHAR_LENGTH(description), '/', CHAR_LENGTH(platform), '/', "
                + "CHAR_LENGTH(account_name), '/', CHAR_LENGTH(perpetrator_name), '/', CHAR_LENGTH(evidence_held), '/', "
                + "CHAR_LENGTH(phone_number), '/', CHAR_LENGTH(location_url)) FROM incident WHERE reference = ?",
                stored.json().getString("reference"))).isEqualTo("10000/100/200/200/2000/40/2048");
    }

    @Test
    void item6_closuresAreFromAYearAgoToTwoYearsAheadAndWrongTypesAreRefused() {
        String school = TestDatabase.string("SELECT id FROM school WHERE urn = '900001'");
        Api head = Api.as(base, "head.riverside");
        LocalDate today = LocalDate.now(SCHOOL);
        List<Bad> matrix = new ArrayList<>(List.of(
                new Bad("firstDay", Json.createValue("+99999-01-01")),
                new Bad("lastDay", Json.createValue("+99999-01-01")),
                new Bad("firstDay", Json.createValue(today.minusYears(1).minusDays(1).toString())),
                new Bad("lastDay", Json.createValue(today.plusYears(2).plusDays(1).toString())),
                new Bad("firstDay", Json.createValue(20261221)),
                new Bad("reason", Json.createValue(12)),
                new Bad("reason", JsonValue.FALSE),
                new Bad("reason", Json.createValue("r".repeat(201))),
                new Bad("schoolId", Json.createValue(1))));
        long before = TestDatabase.count("SELECT COUNT(*) FROM school_closure");
        for (Bad bad : matrix) {
            JsonObjectBuilder body = Json.createObjectBuilder().add("firstDay", today.plusYears(2).minusDays(3).toString())
                    .add("lastDay", today.plusYears(2).toString()).add("reason", "Inset days");
            assertRefusedNaming(bad, () -> head.post("schools/" + school + "/closures",
                    body.add(bad.field(), bad.value()).build().toString()));
        }
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM school_closure")).isEqualTo(before);

        Api.Reply added = head.post("schools/" + school + "/closures", Json.createObjectBuilder()
                .add("firstDay", today.plusYears(2).minusDays(1).toString()).add("lastDay", today.plusYears(2).toString())
                .add("reason", "r".repeat(200)).build().toString());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(head.delete("schools/" + school + "/closures/" + added.json().getJsonNumber("id")).status())
                .isEqualTo(204);
    }

    @Test
    void item6_providerEntriesAndWebAddressesRefuseWrongTypesAndOverLongTextsNamingTheField() {
        Api admin = Api.as(base, "admin.northshire");
        List<Bad> matrix = new ArrayList<>();
        Map<String, Integer> limits = new LinkedHashMap<>(Map.of("name", 100, "reportingRoute", 1000, "phone", 200,
                "email", 254, "webAddress", 500));
        limits.forEach((field, limit) -> {
            matrix.add(new Bad(field, Json.createValue(7)));
            matrix.add(new Bad(field, Json.createValue("x".repeat(limit + 1))));
        });
        matrix.add(new Bad("kind", JsonValue.TRUE));
        long providers = TestDatabase.count("SELECT COUNT(*) FROM provider");
        for (Bad bad : matrix) {
            assertRefusedNaming(bad, () -> admin.post("providers", Json.createObjectBuilder()
                    .add("name", "Strict Chat " + System.nanoTime()).add("kind", "MESSENGER")
                    .add("reportingRoute", "In the app").add(bad.field(), bad.value()).build().toString()));
        }
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM provider")).isEqualTo(providers);

        String reference = Api.as(base, "staff.riverside").post("incidents", report().build().toString()).json()
                .getString("reference");
        Api lead = Api.as(base, "lead.riverside");
        String now = LocalDateTime.now(SCHOOL).minusMinutes(10).withNano(0).toString();
        for (Bad bad : List.of(new Bad("webAddress", Json.createValue(12)),
                new Bad("webAddress", Json.createValue("https://example.org/" + "a".repeat(2048))),
                new Bad("capturedAt", JsonValue.TRUE), new Bad("capturedAt", Json.createValue("1999-12-31T10:00")),
                new Bad("capturedAt", Json.createValue("+99999-01-01T00:00")), new Bad("url", Json.createValue("x")))) {
            assertRefusedNaming(bad, () -> lead.post("cases/" + reference + "/evidence/web-addresses", Json
                    .createObjectBuilder().add("webAddress", "https://example.org/post/1").add("capturedAt", now)
                    .add(bad.field(), bad.value()).build().toString()));
        }
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM evidence_item e JOIN incident i ON i.id = e.incident_id "
                + "WHERE i.reference = ?", reference)).isZero();
    }

    @Test
    void item6_aChangedProviderALetterWordingAndAReassignmentRefuseWrongTypesAndOverLongTexts() {
        Api admin = Api.as(base, "admin.northshire");
        String name = "Strict Forum " + System.nanoTime();
        Api.Reply added = admin.post("providers", Json.createObjectBuilder().add("name", name).add("kind", "CHAT_FORUM")
                .add("reportingRoute", "Report the post").build().toString());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String id = added.json().getJsonNumber("id").toString();
        for (Bad bad : List.of(new Bad("name", Json.createValue(12)), new Bad("name", Json.createValue("n".repeat(101))),
                new Bad("reportingRoute", JsonValue.TRUE), new Bad("webAddress", Json.createValue("w".repeat(501))),
                new Bad("id", Json.createValue(1)))) {
            assertRefusedNaming(bad, () -> admin.put("providers/" + id, Json.createObjectBuilder().add("name", name)
                    .add("kind", "CHAT_FORUM").add("reportingRoute", "Changed").add(bad.field(), bad.value()).build()
                    .toString()));
        }
        assertThat(TestDatabase.string("SELECT reporting_route FROM provider WHERE id = ?", id)).isEqualTo("Report the post");

        String school = TestDatabase.string("SELECT id FROM school WHERE urn = '900001'");
        Api head = Api.as(base, "head.riverside");
        String wording = "schools/" + school + "/letter-templates/removal-request";
        String before = head.get(wording).body();
        Api.Reply tooLong = head.putText(wording, "w".repeat(10_001));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(head.get(wording).body()).isEqualTo(before);

        String reference = Api.as(base, "staff.riverside").post("incidents", report().build().toString()).json()
                .getString("reference");
        Api lead = Api.as(base, "lead.riverside");
        String taskId = lead.taskId(reference, "triageByLead");
        assertThat(lead.post("tasks/" + taskId + "/claim", "").status()).isEqualTo(200);
        for (Bad bad : List.of(new Bad("to", Json.createValue("12")), new Bad("to", JsonValue.TRUE),
                new Bad("to", Json.createValue(1.5)), new Bad("to", Json.createValue(-3)))) {
            assertRefusedNaming(bad, () -> lead.post("tasks/" + taskId + "/reassign",
                    Json.createObjectBuilder().add(bad.field(), bad.value()).build().toString()));
        }
        assertRefusedNaming(new Bad("holder", Json.createValue("me")), () -> lead.post("tasks/" + taskId + "/reassign",
                "{\"to\":1,\"holder\":\"me\"}"));
        assertThat(lead.task(reference, "triageByLead").getString("assignee")).as("still the lead's")
                .startsWith("user:");
    }

    @Test
    void item6_everyFieldOfTheTriageReviewAndChildFormsRefusesWrongTypesOverLongTextsAndDatesOutOfRange() {
        String staffCase = Api.as(base, "staff.riverside").post("incidents", report().build().toString()).json()
                .getString("reference");
        int triage = refuseEveryBadAnswer(Api.as(base, "lead.riverside"), staffCase, "triageByLead");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM triage_record t JOIN incident i ON i.id = t.incident_id "
                + "WHERE i.reference = ?", staffCase)).as("after " + triage + " refused triages").isZero();

        Api dsl = Api.as(base, "dsl.riverside");
        String childCase = dsl.post("incidents", Json.createObjectBuilder().add("category", "NUDE_IMAGES")
                .add("description", "Two pupils exchanged images").add("occurredAt", LocalDateTime.now(SCHOOL)
                        .minusHours(2).withNano(0).toString()).build().toString()).json().getString("reference");
        int review = refuseEveryBadAnswer(dsl, childCase, "initialReviewByDsl");
        assertThat(dsl.completeTask(childCase, "initialReviewByDsl", Answers.childProtectionReview(1, 15, "Two pupils"))
                .status()).as("after " + review + " refused reviews").isEqualTo(200);
        assertThat(dsl.completeTask(childCase, "recordHandlingRationale", Map.of("handlingRationale", "Consensual"))
                .status()).isEqualTo(200);
        assertThat(Api.as(base, "head.riverside").completeTask(childCase, "headTeacherAgreesHandling",
                Map.of("headTeacherAgrees", "true")).status()).isEqualTo(200);
        int child = refuseEveryBadAnswer(dsl, childCase, "recordChildSafeguarding");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM child_safeguarding_record c JOIN incident i "
                + "ON i.id = c.incident_id WHERE i.reference = ?", childCase)).as("after " + child + " refused").isZero();

        String label = "L".repeat(40);
        Api.Reply recorded = dsl.completeTask(childCase, "recordChildSafeguarding", Map.of("childLabel", label,
                "childAge", "15", "childHasSen", "false", "childKnownToSocialCare", "false", "riskAssessment",
                "r".repeat(500), "safeguards", "Check-ins", "parentsInformed", "true", "parentsDecisionRationale", "Told"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(TestDatabase.string("SELECT CONCAT(c.child_label, '/', CHAR_LENGTH(c.risk_assessment)) FROM "
                + "child_safeguarding_record c JOIN incident i ON i.id = c.incident_id WHERE i.reference = ?", childCase))
                .isEqualTo(label + "/500");
    }

    /**
     * Claims the task and sends, for each field of its form, each value that field must refuse;
     * returns how many were sent. Every answer is a 400 naming the field, and the task stays open.
     */
    private int refuseEveryBadAnswer(Api caller, String reference, String taskKey) {
        String taskId = caller.taskId(reference, taskKey);
        assertThat(caller.post("tasks/" + taskId + "/claim", "").status()).isEqualTo(200);
        List<JsonObject> fields = caller.get("tasks/" + taskId + "/form").json().getJsonArray("fields")
                .getValuesAs(JsonObject.class);
        assertThat(fields).isNotEmpty();
        LocalDate today = LocalDate.now(SCHOOL);
        int sent = 0;
        for (JsonObject field : fields) {
            String id = field.getString("id");
            List<JsonValue> wrong = switch (field.getString("kind")) {
                case "YES_NO" -> List.of(Json.createValue("true"), Json.createValue("yes"), Json.createValue(1));
                case "NUMBER" -> List.of(Json.createValue("12"), Json.createValue(1.5), JsonValue.TRUE);
                case "DATE" -> List.of(Json.createValue(20261124), Json.createValue("+99999-01-01"),
                        Json.createValue("1999-12-31"), Json.createValue(today.plusYears(1).plusDays(1).toString()));
                case "CHOICE" -> List.of(Json.createValue(1), Json.createValue("NOT_A_CHOICE"));
                default -> List.of(Json.createValue(12), JsonValue.FALSE, Json.createValue("t".repeat(
                        id.equals("childLabel") ? 41 : id.equals("notInformedAgreedBy") ? 201 : 501)));
            };
            for (JsonValue value : wrong) {
                assertRefusedNaming(new Bad(id, value), () -> caller.post("tasks/" + taskId + "/complete",
                        Json.createObjectBuilder().add(id, value).build().toString()));
                sent++;
            }
        }
        assertThat(caller.taskId(reference, taskKey)).as("still open").isEqualTo(taskId);
        return sent;
    }

    private static void assertRefusedNaming(Bad bad, Supplier<Api.Reply> send) {
        Api.Reply reply = send.get();
        assertThat(reply.status()).as(bad + " -> " + reply.body()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("fields").getValuesAs(JsonObject.class))
                .as(bad + " names its field: " + reply.body())
                .anyMatch(problem -> problem.getString("field").equals(bad.field()));
    }

    private static JsonObjectBuilder report() {
        return Json.createObjectBuilder().add("category", "CYBERBULLYING").add("description", "Posts about a teacher")
                .add("occurredAt", LocalDateTime.now(SCHOOL).minusHours(1).withNano(0).toString());
    }
}
