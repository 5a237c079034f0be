package org.safecase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safecase.testing.ServerAddress;
import org.safecase.testing.SharedServer;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.PageSession;
import org.safecase.testing.TestDatabase;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-SX-1 on the real server: every role against every way into a child-protection case. Only
 * the school's DSL, deputy DSL and head teacher get in; everyone else gets the answer a missing
 * case gets, and each attempt leaves an ACCESS_REFUSED row in the audit trail.
 */
@ExtendWith(SharedServer.class)
class ChildProtectionAccessIT {
    private static final String DESCRIPTION = "A year 9 pupil says a nude image of a classmate is on a group chat";
    private static final String ACCOUNT = "Chat_Group_" + System.nanoTime();
    private static final List<String> ALLOWED = List.of("dsl.riverside", "deputydsl.riverside", "head.riverside");
    private static final List<String> REFUSED = List.of("staff.riverside", "lead.riverside", "governor.riverside",
            "hr.northshire", "admin.northshire", "dsl.hillview", "lead.hillview");


    @ServerAddress
    URL base;

    private String report() {
        return Api.as(base, "dsl.riverside").post("incidents", """
                {"category":"NUDE_IMAGES","description":"%s","occurredAt":"%s","accountName":"%s"}
                """.formatted(DESCRIPTION, LocalDateTime.now().minusHours(2).withNano(0), ACCOUNT)).json()
                .getString("reference");
    }

    private static Map<String, String> review(int youngestAge) {
        return Answers.childProtectionReview(1, youngestAge, "One group chat");
    }

    private static long refusals(String username, String reference) {
        return TestDatabase.count("SELECT COUNT(*) FROM audit_event e JOIN app_user u ON u.id = e.actor_id "
                + "WHERE u.username = ? AND e.subject = ? AND e.action = 'ACCESS_REFUSED'", username, reference);
    }

    /** One way in: what the role got, and whether a refusal was audited for it. */
    private record Attempt(String role, String way, boolean gotIn, boolean audited) {
    }

    @Test
    void R_SX_1_onlyTheSchoolsDslDeputyAndHeadGetInByAnyWayAndEveryRefusalIsAudited() {
        String review = report();
        String reviewTask = Api.as(base, "dsl.riverside").taskId(review, "initialReviewByDsl");
        // A second case waiting on the head teacher, so that the head has a task of her own on one.
        String inSchool = report();
        Api dsl = Api.as(base, "dsl.riverside");
        assertThat(dsl.completeTask(inSchool, "initialReviewByDsl", review(15)).status()).isEqualTo(200);
        assertThat(dsl.completeTask(inSchool, "recordHandlingRationale",
                Map.of("handlingRationale", "Both 15, consensual, deleted")).status()).isEqualTo(200);
        String headTask = Api.as(base, "head.riverside").taskId(inSchool, "headTeacherAgreesHandling");
        // A third, re-categorised from a staff case, holds a withheld file: the download way has something to ask for.
        String[] recategorised = recategorisedWithAFile();
        String withheldFile = "casefile/evidence-file?ref=" + recategorised[0] + "&id=" + recategorised[1];

        List<Attempt> attempts = new ArrayList<>();
        for (String role : java.util.stream.Stream.concat(ALLOWED.stream(), REFUSED.stream()).toList()) {
            Api api = Api.as(base, role);
            PageSession pages = PageSession.signedInAs(base, role);
            boolean head = role.startsWith("head.");
            String ownTask = head ? headTask : reviewTask;
            String ownCase = head ? inSchool : review;

            attempts.add(attempt(role, "inbox list", review,
                    () -> api.get("tasks?size=100").body().contains(ownCase)));
            attempts.add(attempt(role, "inbox task by id", review,
                    () -> api.get("tasks/" + ownTask).status() == 200));
            attempts.add(attempt(role, "case page", review, () -> {
                String page = pages.get("casefile/case.xhtml?ref=" + review).body();
                assertThat(page.contains(DESCRIPTION) || page.contains("There is no case with that reference"))
                        .as(role + ": the case page answers either way").isTrue();
                return page.contains(DESCRIPTION);
            }));
            attempts.add(attempt(role, "search by reference", review,
                    () -> api.get("cases/search?reference=" + review).json().getInt("total") == 1));
            attempts.add(attempt(role, "REST case", review, () -> api.get("cases/" + review).status() == 200));
            attempts.add(attempt(role, "REST timeline", review,
                    () -> api.get("cases/" + review + "/timeline").status() == 200));
            attempts.add(attempt(role, "REST children", review,
                    () -> api.get("cases/" + review + "/child-protection/children").status() == 200));
            attempts.add(attempt(role, "evidence list", review,
                    () -> api.get("cases/" + review + "/evidence").status() == 200));
            attempts.add(attempt(role, "export", review, () -> new String(
                    api.download("cases/export?reference=" + review).body(), StandardCharsets.UTF_8).contains(review)));
            // Past the case check, the file is refused as withheld (409), even to the DSL (R-SX-2).
            attempts.add(attempt(role, "evidence download (page)", recategorised[0],
                    () -> pages.get(withheldFile).statusCode() == 409));
            attempts.add(attempt(role, "evidence download (REST)", recategorised[0], () -> api.download(
                    "cases/" + recategorised[0] + "/evidence/" + recategorised[1]).statusCode() == 409));
            if (REFUSED.contains(role)) {
                attempts.add(attempt(role, "unfiltered list", review,
                        () -> api.get("cases/search?size=100").body().contains(review)));
            }
            // Issue #10 item 4: part of the reference and what the report names search within the scope only.
            attempts.add(attempt(role, "search by part of the reference", review,
                    () -> api.get("cases/search?size=100&reference=" + review.substring(3)).body().contains(review)));
            attempts.add(attempt(role, "search by what the report names", review,
                    () -> api.get("cases/search?size=100&mention=" + ACCOUNT.toLowerCase()).body().contains(review)));
        }

        for (Attempt attempt : attempts) {
            boolean allowed = ALLOWED.contains(attempt.role());
            assertThat(attempt.gotIn()).as(attempt.role() + " via " + attempt.way()).isEqualTo(allowed);
            boolean listing = attempt.way().equals("inbox list") || attempt.way().equals("unfiltered list")
                    || attempt.way().startsWith("search by part") || attempt.way().startsWith("search by what");
            if (!allowed && !listing) {
                assertThat(attempt.audited()).as(attempt.role() + " via " + attempt.way() + " is audited").isTrue();
            }
            if (allowed) {
                assertThat(attempt.audited()).as(attempt.role() + " via " + attempt.way() + " is no refusal").isFalse();
            }
        }
        assertThat(attempts).hasSizeGreaterThanOrEqualTo(ALLOWED.size() * 11 + REFUSED.size() * 12);
    }

    /** @return the reference of a staff case reported by staff.riverside, and the id of the picture it holds */
    private String[] staffCaseWithAPicture() {
        Api staff = Api.as(base, "staff.riverside");
        String reference = staff.post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"A post about me in a pupils' chat","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(4).withNano(0))).json().getString("reference");
        byte[] png = org.safecase.testing.UploadSamples.png(5, 5);
        Api.Reply added = staff.postBytes("cases/" + reference + "/evidence?fileName=post.png", png);
        assertThat(added.status()).isEqualTo(201);
        return new String[]{reference, Long.toString(added.json().getJsonNumber("id").longValue())};
    }

    /** @return the same, after its lead re-categorised it as child protection */
    private String[] recategorisedWithAFile() {
        String[] staffCase = staffCaseWithAPicture();
        assertThat(Api.as(base, "lead.riverside").post("cases/" + staffCase[0] + "/recategorisation", "").status())
                .isEqualTo(200);
        return staffCase;
    }

    private static Attempt attempt(String role, String way, String reference, java.util.function.BooleanSupplier tryIt) {
        long before = refusals(role, reference);
        boolean gotIn = tryIt.getAsBoolean();
        return new Attempt(role, way, gotIn, refusals(role, reference) > before);
    }

    @Test
    void R_SX_4_theDslRefersAfterHandlingInSchoolBeganAndCannotCloseUntilBothReferralsAreRecorded() {
        String reference = report();
        Api dsl = Api.as(base, "dsl.riverside");
        assertThat(dsl.completeTask(reference, "initialReviewByDsl", review(15)).status()).isEqualTo(200);
        assertThat(dsl.get("cases/" + reference).json().getJsonObject("referralDecision").getInt("tableVersion"))
                .as("the case records the table version").isPositive();
        assertThat(dsl.completeTask(reference, "recordHandlingRationale",
                Map.of("handlingRationale", "Both 15, consensual")).status()).isEqualTo(200);
        assertThat(Api.as(base, "head.riverside").completeTask(reference, "headTeacherAgreesHandling",
                Map.of("headTeacherAgrees", "true")).status()).isEqualTo(200);

        assertThat(Api.as(base, "head.riverside").post("cases/" + reference + "/child-protection/referral", "").status())
                .as("the head sees the case but referring is the DSL's").isEqualTo(403);
        assertThat(Api.as(base, "lead.riverside").post("cases/" + reference + "/child-protection/referral", "").status())
                .isEqualTo(404);
        assertThat(dsl.post("cases/" + reference + "/child-protection/referral", "").status()).isEqualTo(202);
        assertThat(dsl.post("cases/" + reference + "/child-protection/referral", "").status())
                .as("only one referral").isEqualTo(409);
        assertThat(dsl.taskId(reference, "recordPoliceReferral")).isNotBlank();

        Api.Reply closing = dsl.post("cases/" + reference + "/child-protection/closure", "");
        assertThat(closing.status()).isEqualTo(409);
        assertThat(closing.body()).contains("cannot be closed until both the police and the children's social care");
    }

    @Test
    void R_SX_4_anAdultInvolvedMakesTheCaseAndItsPoliceTaskUrgent() {
        String reference = report();
        Api dsl = Api.as(base, "dsl.riverside");
        Map<String, String> answers = review(16);
        answers.put("adultInvolved", "true");
        assertThat(dsl.completeTask(reference, "initialReviewByDsl", answers).status()).isEqualTo(200);

        var decision = dsl.get("cases/" + reference).json().getJsonObject("referralDecision");
        assertThat(decision.getBoolean("referralRequired")).isTrue();
        assertThat(decision.getBoolean("urgentPolice")).isTrue();
        String police = dsl.taskId(reference, "recordPoliceReferral");
        assertThat(dsl.get("tasks/" + police).json().getString("name")).startsWith("URGENT");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM incident WHERE reference = ? AND urgent_police = TRUE "
                + "AND referral_required = TRUE AND referral_table_version >= 1", reference)).isEqualTo(1);
    }

    @Test
    void R_SX_1_R_SX_2_aStaffCaseRecategorisedAsChildProtectionLeavesTheLeadAndItsFilesAreWithheldThenDestroyed() {
        Api staff = Api.as(base, "staff.riverside");
        Api lead = Api.as(base, "lead.riverside");
        Api dsl = Api.as(base, "dsl.riverside");
        String[] staffCase = staffCaseWithAPicture();
        String reference = staffCase[0];
        long fileId = Long.parseLong(staffCase[1]);

        assertThat(staff.post("cases/" + reference + "/recategorisation", "").status())
                .as("the reporter cannot do it").isEqualTo(403);
        Api.Reply moved = lead.post("cases/" + reference + "/recategorisation", "");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().getInt("withheldFiles")).isEqualTo(1);

        assertThat(lead.get("cases/" + reference).status()).as("R-SX-1: the lead no longer sees it").isEqualTo(404);
        assertThat(lead.get("tasks?size=100").body()).doesNotContain(reference);
        assertThat(refusals("lead.riverside", reference)).isPositive();
        assertThat(staff.get("cases/" + reference).body()).as("the reporter sees only that it was received")
                .doesNotContain("pupils' chat");
        assertThat(dsl.get("cases/" + reference).body()).contains("NUDE_IMAGES");
        assertThat(dsl.get("cases/" + reference + "/evidence").body()).contains("\"withheld\":true");
        assertThat(dsl.download("cases/" + reference + "/evidence/" + fileId).statusCode())
                .as("R-SX-2: not even the DSL can open it").isEqualTo(409);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM evidence_item WHERE id = ? AND content IS NOT NULL", fileId))
                .isEqualTo(1);

        assertThat(dsl.completeTask(reference, "destroyWithheldFiles", Map.of("destructionWitness", "Deputy head",
                "otherCopies", "None known")).status()).isEqualTo(200);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM evidence_item WHERE id = ? AND content IS NULL "
                + "AND destroyed_at IS NOT NULL AND destruction_witness = 'Deputy head'", fileId)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM incident WHERE reference = ? AND category = 'NUDE_IMAGES' "
                + "AND recategorised_from = 'HARMFUL_CONTENT'", reference)).isEqualTo(1);
    }
}
