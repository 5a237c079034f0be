package org.safecase;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safecase.testing.ServerAddress;
import org.safecase.testing.SharedServer;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.UploadSamples;

import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #9 on the real server: case work as the guidance says, over REST. */
@ExtendWith(SharedServer.class)
class CaseWorkIT {

    @ServerAddress
    URL base;

    private String report(String category, String description, boolean immediateDanger) {
        return receipt(category, description, immediateDanger).getString("reference");
    }

    private JsonObject receipt(String category, String description, boolean immediateDanger) {
        return Api.as(base, "staff.riverside").post("incidents", """
                {"category":"%s","description":"%s","occurredAt":"%s","immediateDanger":%s}
                """.formatted(category, description, LocalDateTime.now().minusHours(1).withNano(0), immediateDanger)).json();
    }

    private static List<String> guidance(JsonObject receipt) {
        return receipt.getJsonArray("guidance").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void item4_theRegisterFindsACaseByPartOfItsReferenceAndByWhatTheReportNamesWithinTheCallersScopeOnly() {
        String nonce = Long.toString(System.nanoTime() % 1_000_000_000L);
        String staffCase = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"A page mocks a teacher","occurredAt":"%s",
                 "platform":"PicShare","accountName":"Mocking_Page_%s","phoneNumber":"07700 %s",
                 "locationUrl":"https://pics.example/p/%s?ref=share"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0), nonce, nonce, nonce)).json().getString("reference");
        String childCase = Api.as(base, "dsl.riverside").post("incidents", """
                {"category":"NUDE_IMAGES","description":"An image on a group chat","occurredAt":"%s",
                 "accountName":"Mocking_Page_%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0), nonce)).json().getString("reference");
        Api lead = Api.as(base, "lead.riverside");

        assertThat(found(lead, "mention=mocking_page_" + nonce)).as("account, any case").containsExactly(staffCase);
        assertThat(found(lead, "mention=" + ("0 7 7 0 0" + nonce).replace("", " ").strip().replace(" ", "%20")))
                .as("phone number, spaced differently").containsExactly(staffCase);
        assertThat(found(lead, "mention=pics.example/p/" + nonce)).as("web address").containsExactly(staffCase);
        assertThat(found(lead, "mention=" + nonce + "&category=HARMFUL_CONTENT")).containsExactly(staffCase);
        assertThat(found(lead, "reference=" + staffCase.substring(8).toLowerCase() + "&size=100"))
                .as("part of the reference").contains(staffCase).doesNotContain(childCase);
        assertThat(found(lead, "mention=%25%25%25" + nonce)).as("a % is a %, not a wildcard").isEmpty();
        assertThat(found(Api.as(base, "lead.hillview"), "mention=" + nonce)).as("another school's lead").isEmpty();
        assertThat(found(Api.as(base, "dsl.riverside"), "mention=mocking_page_" + nonce))
                .as("the DSL lists the child-protection case, not the staff case").containsExactly(childCase);
        assertThat(lead.get("cases/search?mention=ab").status()).isEqualTo(400);
        assertThat(lead.get("cases/search?size=abc").body()).contains("\"size\"");
        assertThat(lead.get("cases/search?first=-1").status()).isEqualTo(400);
        assertThat(lead.get("cases/search?size=101").status()).isEqualTo(400);
    }

    private static List<String> found(Api caller, String query) {
        Api.Reply reply = caller.get("cases/search?" + query);
        assertThat(reply.status()).as(query + ": " + reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("reference")).toList();
    }

    @Test
    void R_ST_2_R_ST_3_R_SX_2_theReceiptOverRestCarriesTheGuidanceAndAChildProtectionReceiptNeverSaysKeepScreenCaptures() {
        List<String> staff = guidance(receipt("CYBERBULLYING", "Insults on a forum", false));
        assertThat(String.join("\n", staff)).contains("Do not reply to, engage with or retaliate")
                .contains("screen captures, with the time, date and web address").contains("999").contains("101");
        assertThat(String.join("\n", guidance(receipt("CYBERBULLYING", "Threats to my home", true))))
                .startsWith("You said you are in immediate danger");

        JsonObject childProtection = receipt("NUDE_IMAGES", "A pupil says an image is being shared", false);
        String words = String.join("\n", guidance(childProtection));
        assertThat(words).contains("secure it and switch it off").contains("Never view, copy, print, forward or screenshot");
        assertThat(words.toLowerCase()).doesNotContain("screen capture").doesNotContain("keep the evidence");
    }

    @Test
    void R_SX_2_aReporterAddingAFileToTheirOwnChildProtectionReportIsToldToDescribeItInWords() {
        String reference = report("NUDE_IMAGES", "A classmate showed a picture on her phone", false);
        Api.Reply added = Api.as(base, "staff.riverside").postBytes("cases/" + reference + "/evidence?fileName=note.pdf",
                "%PDF-1.4 a note".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(added.status()).isEqualTo(400);
        assertThat(added.body()).contains("No file can be added to this report").contains("in words")
                .doesNotContain("classmate");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM evidence_item e JOIN incident i ON i.id = e.incident_id "
                + "WHERE i.reference = ?", reference)).isZero();
    }

    /** Issue #12 item 5 over REST: every refused kind leaves no row; a good file of each kind is kept, a photo without its GPS. */
    @Test
    void issue12_item5_theUploadMatrixIsRefusedInWordsWithNothingStoredAndGoodFilesKept() {
        String reference = report("CYBERBULLYING", "Messages and pictures sent to a pupil", false);
        Api staff = Api.as(base, "staff.riverside");
        String sql = "SELECT COUNT(*) FROM evidence_item e JOIN incident i ON i.id = e.incident_id WHERE i.reference = ?";
        Map<String, byte[]> refused = new java.util.LinkedHashMap<>();
        refused.put("program attached", UploadSamples.emailWithProgram());
        refused.put("program renamed", UploadSamples.emailWithDisguisedProgram());
        refused.put("script", UploadSamples.emailWithScript());
        refused.put("forwarded program", UploadSamples.emailForwardingProgram());
        refused.put("html", UploadSamples.emailWithHtml());
        refused.put("open action", UploadSamples.pdfWithOpenAction());
        refused.put("page action", UploadSamples.pdfWithPageAction());
        refused.put("embedded file", UploadSamples.pdfWithEmbeddedFile());
        refused.put("huge png", UploadSamples.pngHeaderOnly(100_000, 100_000));
        refused.put("huge webp", UploadSamples.webpWithExif(16_000, 16_000));
        refused.forEach((what, content) -> {
            Api.Reply reply = staff.postBytes("cases/" + reference + "/evidence?fileName=evidence", content);
            assertThat(reply.status()).as(what).isEqualTo(400);
            assertThat(reply.body()).as(what).containsAnyOf("cannot be kept", "more than the 40 million pixels");
        });
        assertThat(TestDatabase.count(sql, reference)).as("nothing stored").isZero();

        Map<String, byte[]> kept = new java.util.LinkedHashMap<>();
        kept.put("Zoë's photo.jpg", UploadSamples.jpegWithGps());
        kept.put("chat.png", UploadSamples.png(30, 20));
        kept.put("meme.gif", UploadSamples.gif(30, 20));
        kept.put("still.webp", UploadSamples.webpWithExif(2, 3));
        kept.put("letter.pdf", UploadSamples.plainPdf());
        kept.put("message.eml", UploadSamples.plainEmail());
        kept.forEach((name, content) -> assertThat(staff.postBytes("cases/" + reference + "/evidence?fileName="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8), content).status())
                .as(name).isEqualTo(201));
        assertThat(TestDatabase.count(sql, reference)).isEqualTo(kept.size());

        JsonObject photo = jakarta.json.Json.createReader(new java.io.StringReader(
                staff.get("cases/" + reference + "/evidence").body())).readArray().getJsonObject(0);
        assertThat(photo.getString("fileName")).isEqualTo("Zoë's photo.jpg");
        var download = staff.download("cases/" + reference + "/evidence/" + photo.getJsonNumber("id").longValue());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(UploadSamples.hasApp1Segment(download.body())).as("EXIF with GPS gone").isFalse();
        assertThat(download.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"Zoe's photo.jpg\"; filename*=UTF-8''Zo%C3%AB%27s%20photo.jpg");
    }

    @Test
    void R_SX_4_referNowWorksBeforeTheDslsReview() {
        String reference = report("NUDE_IMAGES", "An older man asked a pupil for images", false);
        Api dsl = Api.as(base, "dsl.riverside");
        assertThat(dsl.post("cases/" + reference + "/child-protection/referral", "").status()).isEqualTo(202);
        assertThat(dsl.taskId(reference, "recordPoliceReferral")).isNotBlank();
        assertThat(dsl.taskId(reference, "recordSocialCareReferral")).isNotBlank();
        assertThat(dsl.taskId(reference, "initialReviewByDsl")).as("the review is still to do").isNotBlank();
        assertThat(dsl.post("cases/" + reference + "/child-protection/referral", "").status()).isEqualTo(409);
    }

    @Test
    void R_SX_10_theViewingRecordNeedsTheHeadsAgreementTheDslAsViewerAndASeniorWitness() {
        Api dsl = Api.as(base, "dsl.riverside");
        String reference = report("NUDE_IMAGES", "Two year 11 pupils exchanged images", false);
        String today = LocalDate.now().toString();
        assertThat(dsl.completeTask(reference, "initialReviewByDsl", Answers.childProtectionReview(1, 15, "Two pupils"))
                .status()).isEqualTo(200);
        assertThat(dsl.completeTask(reference, "recordHandlingRationale", Map.of("handlingRationale", "Consensual"))
                .status()).isEqualTo(200);
        assertThat(Api.as(base, "head.riverside").completeTask(reference, "headTeacherAgreesHandling",
                Map.of("headTeacherAgrees", "true")).status()).isEqualTo(200);
        assertThat(dsl.completeTask(reference, "recordChildSafeguarding", Map.of("childLabel", "P1", "childAge", "15",
                "childHasSen", "false", "childKnownToSocialCare", "false", "riskAssessment", "Low",
                "safeguards", "Check-ins", "parentsInformed", "true", "parentsDecisionRationale", "Told")).status())
                .isEqualTo(200);
        assertThat(dsl.completeTask(reference, "offerRemovalHelp", Map.of("reportRemoveOffered", "true",
                "takeItDownOffered", "false", "imagesDeletedConfirmed", "true")).status()).isEqualTo(200);
        assertThat(dsl.completeTask(reference, "considerSanctions", Map.of("policyBreached", "false")).status())
                .isEqualTo(200);
        assertThat(dsl.post("cases/" + reference + "/child-protection/closure", "").status()).isEqualTo(200);
        assertThat(dsl.completeTask(reference, "completeDslRecord", Map.of("recordSummary", "Viewed once",
                "imageViewed", "true")).status()).isEqualTo(200);

        String task = dsl.taskId(reference, "recordImageViewing");
        assertThat(dsl.post("tasks/" + task + "/claim", "").status()).isEqualTo(200);
        Map<String, String> viewing = new HashMap<>(Map.of("viewingHeadTeacherAgreed", "false", "viewedOn", today,
                "viewedBy", "dsl.riverside", "viewingWitness", "head.riverside", "viewedWhere", "Head's office",
                "viewingReason", "To confirm the age shown", "viewingOutcome", "Deleted"));
        assertThat(dsl.complete(task, viewing).body())
                .contains("viewingHeadTeacherAgreed").contains("head teacher's agreement");
        viewing.put("viewingHeadTeacherAgreed", "true");
        viewing.put("viewedBy", "lead.riverside");
        assertThat(dsl.complete(task, viewing).body()).contains("viewedBy");
        viewing.put("viewedBy", "dsl.riverside");
        viewing.put("viewingWitness", "staff.riverside");
        assertThat(dsl.complete(task, viewing).body()).contains("viewingWitness");
        viewing.put("viewingWitness", "dsl.hillview");
        assertThat(dsl.complete(task, viewing).status())
                .as("another school's DSL is not this school's staff").isEqualTo(400);
        viewing.put("viewingWitness", "head.riverside");
        assertThat(dsl.complete(task, viewing).status()).isEqualTo(200);
    }

    @Test
    void item3_aMissedReviewDeadlineReachesTheDeputyDslAndTheHeadTeacherWithAnEscalationRecord() throws Exception {
        String reference = report("NUDE_IMAGES", "A pupil says her image was posted", false);
        assertThat(TestDatabase.deadlinesPassNow(reference)).as("the review deadline").isEqualTo(1);
        Api deputy = Api.as(base, "deputydsl.riverside");
        long until = System.currentTimeMillis() + 90_000;
        while (!deputy.get("tasks?size=100").body().contains("deputyAndHeadEnsureReview")
                && System.currentTimeMillis() < until) {
            Thread.sleep(500);
        }
        assertThat(deputy.taskId(reference, "deputyAndHeadEnsureReview")).isNotBlank();
        assertThat(Api.as(base, "head.riverside").taskId(reference, "deputyAndHeadEnsureReview")).isNotBlank();
        assertThat(Api.as(base, "dsl.riverside").get("tasks?size=100").body()).as("the DSL who is late is not the one told")
                .doesNotContain("deputyAndHeadEnsureReview");
        assertThat(org.safecase.testing.CaseRecordJson.facts(Api.as(base, "dsl.riverside").get("cases/" + reference).json()))
                .contains("escalation_record: watched_step=initialReviewByDsl",
                        "escalation_record: told=HEAD_TEACHER_AND_DEPUTY_DSL");
    }


    private static long heldSeconds(String taskId) {
        return TestDatabase.count("SELECT TIMESTAMPDIFF(SECOND, created_at, send_after) FROM task_notification "
                + "WHERE task_id = ?", taskId);
    }

    @Test
    void R_ST_3_R_X_1a_anUrgentReportIsToldAtOnceIsDueTwoClockHoursLaterAndItsMissReachesTheHeadTeacher()
            throws Exception {
        String reference = report("CYBERBULLYING", "Threats to come to my house tonight", true);
        Api lead = Api.as(base, "lead.riverside");
        JsonObject triage = lead.task(reference, "triageByLead");
        assertThat(triage.getBoolean("urgent")).isTrue();
        assertThat(java.time.Duration.between(java.time.Instant.parse(triage.getString("createdAt")),
                java.time.Instant.parse(triage.getString("dueAt")))).as("two clock hours, whatever the hour")
                .isBetween(java.time.Duration.ofMinutes(119), java.time.Duration.ofMinutes(121));
        assertThat(heldSeconds(triage.getString("id"))).as("notified at once, not held to school hours").isZero();
        assertThat(lead.get("cases/" + reference).json().getBoolean("urgent")).isTrue();

        assertThat(TestDatabase.deadlinesPassNow(reference)).as("the urgent triage deadline").isEqualTo(1);
        Api head = Api.as(base, "head.riverside");
        long until = System.currentTimeMillis() + 90_000;
        while (head.task(reference, "headTeacherEnsuresTriage") == null && System.currentTimeMillis() < until) {
            Thread.sleep(500);
        }
        JsonObject escalation = head.task(reference, "headTeacherEnsuresTriage");
        assertThat(escalation).as("the head teacher's step").isNotNull();
        assertThat(escalation.getBoolean("urgent")).isTrue();
        assertThat(heldSeconds(escalation.getString("id"))).as("the head teacher is told at once").isZero();

        String calm = report("CYBERBULLYING", "Rude comments", false);
        assertThat(lead.task(calm, "triageByLead").getBoolean("urgent")).isFalse();
        assertThat(lead.get("cases/" + calm).json().getBoolean("urgent")).isFalse();
    }

    @Test
    void R_SX_4_R_X_1a_aChildAtImmediateRiskFoundAtTheReviewMarksTheCaseUrgent() {
        String reference = report("NUDE_IMAGES", "A pupil is being blackmailed with an image", false);
        Api dsl = Api.as(base, "dsl.riverside");
        assertThat(dsl.get("cases/" + reference).json().getBoolean("urgent")).isFalse();
        Map<String, String> review = new HashMap<>(Answers.childProtectionReview(1, 14, "Sent to the pupil"));
        review.put("immediateRiskOfHarm", "true");
        assertThat(dsl.completeTask(reference, "initialReviewByDsl", review).status()).isEqualTo(200);
        assertThat(dsl.get("cases/" + reference).json().getBoolean("urgent")).isTrue();
        JsonObject police = dsl.task(reference, "recordPoliceReferral");
        assertThat(heldSeconds(police.getString("id"))).as("the referral steps are notified at once").isZero();
    }

    private static long audited(String username, String reference, String action) {
        return TestDatabase.count("SELECT COUNT(*) FROM audit_event e JOIN app_user u ON u.id = e.actor_id "
                + "WHERE u.username = ? AND e.subject = ? AND e.action = ?", username, reference, action);
    }

    @Test
    void R_X_3_everyViewIsAuditedAndTheCasesLeadsSeeWhoOpenedItAndWhoWasRefused() {
        String reference = report("NUDE_IMAGES", "A pupil says a video is on a group chat", false);
        Api head = Api.as(base, "head.riverside");
        for (String way : List.of("", "/timeline", "/evidence", "/child-protection/children")) {
            assertThat(head.get("cases/" + reference + way).status()).as(way).isEqualTo(200);
        }
        for (String action : List.of("CASE_VIEWED", "TIMELINE_VIEWED", "EVIDENCE_LISTED", "CHILD_RECORDS_VIEWED")) {
            assertThat(audited("head.riverside", reference, action)).as(action).isEqualTo(1);
        }
        assertThat(Api.as(base, "lead.riverside").get("cases/" + reference).status()).isEqualTo(404);

        List<JsonObject> log = Api.as(base, "dsl.riverside").get("cases/" + reference + "/access-log").json()
                .getJsonArray("entries").getValuesAs(JsonObject.class);
        assertThat(log).anyMatch(e -> e.getString("who").equals("Harriet Head") && !e.getBoolean("refused")
                && e.getString("what").equals("opened the case"));
        assertThat(log).anyMatch(e -> e.getString("who").equals("Lee Lead") && e.getBoolean("refused"));
        for (String refused : List.of("lead.riverside", "staff.riverside", "governor.riverside", "dsl.hillview")) {
            assertThat(Api.as(base, refused).get("cases/" + reference + "/access-log").status()).as(refused)
                    .isEqualTo(404);
        }

        String staffCase = report("CYBERBULLYING", "Posts about me", false);
        assertThat(Api.as(base, "lead.riverside").get("cases/" + staffCase + "/access-log").status()).isEqualTo(200);
        assertThat(Api.as(base, "staff.riverside").get("cases/" + staffCase + "/access-log").status())
                .as("the reporter follows the case, not who reads it").isEqualTo(404);
    }

    @Test
    void R_ST_5_theRemovalLetterNamesThePosterAndTheMaterialsAddressFromTheReport() throws Exception {
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"A parent posted about me","occurredAt":"%s",
                 "perpetrator":"PARENT_CARER","perpetratorName":"Pat Parent","locationUrl":"https://social.example/p/88"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
        java.net.http.HttpResponse<byte[]> letter = Api.as(base, "lead.riverside").download("cases/" + reference
                + "/removal-letter");
        assertThat(letter.statusCode()).isEqualTo(200);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(letter.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Dear Pat Parent")
                    .contains("https://social.example/p/88");
        }
    }

    @Test
    void R_ST_6_theTakedownStepStartsWithTheReportsAddressAndShowsThePlatformsDirectoryEntry() {
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"An anonymous account posts about me","occurredAt":"%s",
                 "platform":"Instagram","locationUrl":"https://instagram.example/p/42"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
        Api lead = Api.as(base, "lead.riverside");
        Map<String, String> triage = new HashMap<>(Answers.SIMPLE_TRIAGE);
        triage.put("removalNeeded", "true");
        assertThat(lead.completeTask(reference, "triageByLead", triage).status()).isEqualTo(200);

        JsonObject help = lead.get("tasks/" + lead.taskId(reference, "recordMaterialLocation") + "/help").json();
        assertThat(help.getJsonObject("suggested").getString("materialUrl")).isEqualTo("https://instagram.example/p/42");
        assertThat(help.getJsonArray("directory").getValuesAs(JsonObject.class))
                .anyMatch(entry -> entry.getString("name").equals("Instagram")
                        && entry.getString("reportingRoute").contains("Report to Instagram"));
        assertThat(Api.as(base, "lead.hillview").get("tasks/" + lead.taskId(reference, "recordMaterialLocation")
                + "/help").status()).as("another school's lead").isEqualTo(404);
    }

    @Test
    void R_ST_3_aYesNoAnswerThatIsNotTrueOrFalseIsRefusedAndNothingIsStored() {
        long before = TestDatabase.incidents();
        for (String danger : List.of("\"yes\"", "1", "\"true\"")) {
            Api.Reply reply = Api.as(base, "staff.riverside").post("incidents", """
                    {"category":"CYBERBULLYING","description":"Threats","occurredAt":"%s","immediateDanger":%s}
                    """.formatted(LocalDateTime.now().minusHours(1).withNano(0), danger));
            assertThat(reply.status()).as(danger).isEqualTo(400);
            assertThat(reply.body()).contains("immediateDanger").contains("true or false");
        }
        assertThat(TestDatabase.incidents()).as("nothing stored").isEqualTo(before);
    }

    private static final String SAME_REPORT = """
            {"category":"CYBERBULLYING","description":"Posts naming me on a forum","occurredAt":"2026-11-30T09:15:00"}
            """;

    @Test
    void issue10_item5_theSameIdempotencyKeyTwiceMakesOneCase_anotherReportWithItIs409_andABadKeyIs400() {
        Api staff = Api.as(base, "staff.riverside");
        String key = "retry-" + java.util.UUID.randomUUID();
        long before = TestDatabase.incidents();
        Api.Reply first = staff.post("incidents", SAME_REPORT, "Idempotency-Key", key);
        Api.Reply again = staff.post("incidents", SAME_REPORT, "Idempotency-Key", key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().getString("reference")).isEqualTo(first.json().getString("reference"));
        assertThat(again.response().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(TestDatabase.incidents()).as("one case").isEqualTo(before + 1);

        Api.Reply other = staff.post("incidents", SAME_REPORT.replace("Posts naming me", "Other posts"),
                "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body()).contains("used for a different report");
        Api.Reply byColleague = Api.as(base, "lead.riverside").post("incidents", SAME_REPORT, "Idempotency-Key", key);
        assertThat(byColleague.status()).as("a key is the caller's own").isEqualTo(201);
        assertThat(byColleague.json().getString("reference")).isNotEqualTo(first.json().getString("reference"));
        for (String bad : List.of("", "a b", "x".repeat(101), "key;drop")) {
            Api.Reply refused = staff.post("incidents", SAME_REPORT, "Idempotency-Key", bad);
            assertThat(refused.status()).as("key '" + bad + "'").isEqualTo(400);
            assertThat(refused.body()).contains("Idempotency-Key");
        }
        assertThat(TestDatabase.incidents()).as("nothing more stored").isEqualTo(before + 2);
    }

    @Test
    void issue10_item5_theSameKeySentTwiceAtTheSameMomentMakesOneCase() throws Exception {
        Api staff = Api.as(base, "staff.riverside");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String key = "race-" + java.util.UUID.randomUUID();
                long before = TestDatabase.incidents();
                java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    replies.add(pool.submit(() -> {
                        barrier.await();
                        return staff.post("incidents", SAME_REPORT, "Idempotency-Key", key);
                    }));
                }
                java.util.Set<String> references = new java.util.HashSet<>();
                for (var reply : replies) {
                    Api.Reply answered = reply.get();
                    assertThat(answered.status()).as(answered.body()).isIn(201, 409);
                    if (answered.status() == 201) {
                        references.add(answered.json().getString("reference"));
                    }
                }
                assertThat(references).as("round " + round).hasSize(1);
                assertThat(TestDatabase.incidents()).as("round " + round).isEqualTo(before + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
