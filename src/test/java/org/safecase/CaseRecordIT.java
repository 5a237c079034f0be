package org.safecase;

import jakarta.json.JsonObject;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safecase.testing.CaseRecordJson.facts;
import static org.safecase.testing.CaseRecordJson.kinds;

/**
 * Issue #8 on the real server: a staff case and a child-protection case worked over REST, each
 * answer found again in the case record of {@code GET /api/cases/{ref}} (written by the real
 * record writers), with the status stored on the incident following the case; and each role
 * sees only its part.
 */
@ExtendWith(SharedServer.class)
class CaseRecordIT {
    private static final String TODAY = LocalDate.now().toString();


    @ServerAddress
    URL base;

    private String status(Api api, String reference) {
        return api.get("cases/" + reference).json().getString("status");
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @Test
    void item1_item4_aStaffCaseKeepsEveryAnswerInItsRecordAndItsStatusFollowsTheCase() {
        Api staff = Api.as(base, "staff.riverside");
        Api lead = Api.as(base, "lead.riverside");
        Api hr = Api.as(base, "hr.northshire");
        String reference = staff.post("incidents", """
                {"category":"CYBERBULLYING","description":"A colleague posts mocking videos of my lessons","occurredAt":"%s",
                 "platform":"Facebook"}
                """.formatted(LocalDateTime.now().minusDays(1).withNano(0))).json().getString("reference");
        assertThat(status(lead, reference)).isEqualTo("REPORTED");

        ok(lead.completeTask(reference, "triageByLead", Map.of("severity", "HIGH", "mayBeCriminal", "true",
                "perpetrator", "COLLEAGUE", "removalNeeded", "true", "posterKnown", "true", "maliciousClaimByPupil", "false")));
        assertThat(status(lead, reference)).isEqualTo("TRIAGED");
        JsonObject openStep = lead.get("cases/" + reference).json().getJsonArray("openSteps").getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("name").equals("Lead considers police involvement with the staff member"))
                .findFirst().orElseThrow();
        assertThat(lead.getAbsolute(openStep.getString("href")).status()).as("item 4: the open step's link works")
                .isEqualTo(200);
        ok(lead.completeTask(reference, "considerPolice", Map.of("staffMemberConsulted", "true", "policeInvolved", "true")));
        assertThat(status(lead, reference)).isEqualTo("IN_PROGRESS");
        ok(lead.completeTask(reference, "recordPoliceReferral", Map.of("policeRoute", "NON_EMERGENCY_101",
                "policeForce", "Northshire Police", "crimeReference", "CR-2026-0815", "policeOfficer", "PC Amir Khan",
                "referredOn", TODAY)));
        assertThat(status(lead, reference)).isEqualTo("WITH_POLICE");
        ok(lead.completeTask(reference, "recordPoliceClearance", Map.of("policeClearedOn", TODAY)));
        assertThat(status(lead, reference)).as("HR has the hand-off").isEqualTo("WITH_HR");

        ok(lead.completeTask(reference, "askPosterToRemove", Map.of("askedWhom", "The colleague's account @mrx",
                "removalRequestedOn", TODAY)));
        JsonObject seenByHr = hr.get("cases/" + reference).json();
        assertThat(kinds(seenByHr)).containsOnly("hr_handoff");
        assertThat(facts(seenByHr)).contains("hr_handoff: severity=HIGH", "hr_handoff: category=CYBERBULLYING",
                "hr_handoff: platform=Facebook", "hr_handoff: school_name=Riverside Primary School");
        assertThat(seenByHr.toString()).doesNotContain("mocking videos").doesNotContain("CR-2026-0815");
        ok(hr.completeTask(reference, "hrHandlesDisciplinary", Map.of("disciplinaryOutcome", "Final written warning")));
        assertThat(status(lead, reference)).isEqualTo("AWAITING_POSTER");
        assertThat(facts(hr.get("cases/" + reference).json())).contains("hr_handoff: outcome=Final written warning");

        ok(lead.completeTask(reference, "recordPosterResponse", Map.of("removalOutcome", "REFUSED")));
        ok(lead.completeTask(reference, "recordMaterialLocation", Map.of("materialUrl", "https://facebook.example/v/1",
                "capturedOn", TODAY)));
        ok(lead.completeTask(reference, "reportToProvider", Map.of("provider", "Facebook", "materialIllegal", "false",
                "termBroken", "Bullying and harassment", "providerReference", "FB-5501", "alsoOnAnotherService", "true")));
        assertThat(status(lead, reference)).isEqualTo("AWAITING_PROVIDER");
        ok(lead.completeTask(reference, "recordMaterialLocation", Map.of("materialUrl", "https://video.example/watch/2",
                "capturedOn", TODAY)));
        ok(lead.completeTask(reference, "reportToProvider", Map.of("provider", "YouTube", "materialIllegal", "false",
                "termBroken", "Harassment and cyberbullying", "providerReference", "YT-7702")));
        ok(lead.completeTask(reference, "recordProviderDecision", Map.of("takedownOutcome", "REMOVED")));
        assertThat(status(lead, reference)).as("one provider still to answer").isEqualTo("AWAITING_PROVIDER");
        ok(lead.completeTask(reference, "recordProviderDecision", Map.of("takedownOutcome", "REFUSED")));
        ok(lead.completeTask(reference, "reportHarmfulContent", Map.of("reportedToReportHarmfulContent", "true")));
        assertThat(status(lead, reference)).isEqualTo("IN_PROGRESS");
        ok(lead.completeTask(reference, "recordSupport", Map.of("supportOffered", "Counselling and a mentor",
                "supportOfferedOn", TODAY)));
        ok(lead.completeTask(reference, "recordOutcome", Map.of("caseOutcome", "Videos removed from one site; warning given")));
        ok(staff.completeTask(reference, "staffSatisfaction", Map.of("satisfied", "false")));
        assertThat(status(lead, reference)).as("R-ST-13: the head teacher reviews first").isEqualTo("IN_PROGRESS");
        ok(Api.as(base, "head.riverside").completeTask(reference, "headTeacherReviewsHandling",
                Map.of("reviewFindings", "One provider refused; escalate sooner next time")));
        assertThat(status(lead, reference)).isEqualTo("CLOSED");

        for (String reader : List.of("lead.riverside", "head.riverside")) {
            JsonObject seen = Api.as(base, reader).get("cases/" + reference).json();
            assertThat(facts(seen)).as(reader).contains(
                    "triage_record: severity=HIGH", "triage_record: perpetrator=COLLEAGUE",
                    "triage_record: may_be_criminal=true", "triage_record: poster_known=true",
                    "police_referral: staff_consulted=true", "police_referral: route=NON_EMERGENCY_101",
                    "police_referral: police_force=Northshire Police", "police_referral: crime_reference=CR-2026-0815",
                    "police_referral: officer=PC Amir Khan", "police_referral: referred_on=" + TODAY,
                    "police_referral: cleared_on=" + TODAY,
                    "removal_request: asked_whom=The colleague's account @mrx", "removal_request: asked_on=" + TODAY,
                    "removal_request: answer=REFUSED",
                    "provider_report: provider_name=Facebook", "provider_report: provider_reference=FB-5501",
                    "provider_report: material_url=https://facebook.example/v/1",
                    "provider_report: term_broken=Bullying and harassment",
                    "provider_report: provider_name=YouTube", "provider_report: provider_reference=YT-7702",
                    "provider_report: material_url=https://video.example/watch/2",
                    "provider_report: report_harmful_content=true",
                    "hr_handoff: outcome=Final written warning",
                    "support_record: support_offered=Counselling and a mentor",
                    "outcome_record: outcome=Videos removed from one site; warning given",
                    "satisfaction_record: satisfied=false",
                    "handling_review: findings=One provider refused; escalate sooner next time");
            List<JsonObject> reports = seen.getJsonArray("record").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString("kind").equals("provider_report")).toList();
            assertThat(reports).as("one report per provider").hasSize(2);
            assertThat(reports.stream().map(r -> r.getJsonArray("facts").getValuesAs(JsonObject.class).stream()
                    .filter(f -> f.getString("key").equals("status")).findFirst().orElseThrow().getString("value"))
                    .collect(Collectors.toSet())).containsExactlyInAnyOrder("REMOVED", "REFUSED");
            assertThat(Api.as(base, reader).get("cases/" + reference + "/timeline").json().getJsonArray("record"))
                    .hasSize(seen.getJsonArray("record").size());
        }
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ACT_HI_VARINST v JOIN ACT_HI_PROCINST p "
                + "ON p.PROC_INST_ID_ = v.PROC_INST_ID_ WHERE p.BUSINESS_KEY_ = ? AND v.NAME_ IN "
                + "('crimeReference', 'providerReference', 'severity', 'disciplinaryOutcome', 'caseOutcome')", reference))
                .as("item 2: answers no gateway needs are not kept as process variables").isZero();
        assertThat(kinds(hr.get("cases/" + reference).json())).containsOnly("hr_handoff");
    }

    @Test
    void item1_item4_aChildProtectionCaseWithTwoChildrenIsRecordedForTheDslDeputyAndHeadOnly() {
        Api dsl = Api.as(base, "dsl.riverside");
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"NUDE_IMAGES","description":"Two year 8 pupils say images are passed round","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(2).withNano(0))).json().getString("reference");
        assertThat(status(dsl, reference)).isEqualTo("REPORTED");
        Map<String, String> review = new HashMap<>(Answers.childProtectionReview(2, 13, "Two class group chats"));
        review.put("childVulnerable", "true");
        ok(dsl.completeTask(reference, "initialReviewByDsl", review));
        assertThat(status(dsl, reference)).as("the table requires referral (13 or under)").isEqualTo("REFERRED");
        ok(dsl.completeTask(reference, "recordPoliceReferral", Map.of("policeReferredOn", TODAY,
                "policeReference", "CAD-9001", "policeContact", "DC Lee, 101")));
        ok(dsl.completeTask(reference, "recordSocialCareReferral", Map.of("socialCareReferredOn", TODAY,
                "socialCareReference", "MASH-3141", "socialCareContact", "Duty social worker")));
        for (String[] child : new String[][]{{"A.B. (Y8)", "13"}, {"C.D. (Y8)", "14"}}) {
            ok(dsl.completeTask(reference, "recordChildSafeguarding", Map.of("childLabel", child[0], "childAge", child[1],
                    "childHasSen", "false", "childKnownToSocialCare", "false", "riskAssessment", "Risk assessed for " + child[0],
                    "safeguards", "Pastoral check-ins", "parentsInformed", "true",
                    "parentsDecisionRationale", "Agreed with social care")));
        }
        ok(dsl.completeTask(reference, "offerRemovalHelp", Map.of("reportRemoveOffered", "true",
                "takeItDownOffered", "true", "imagesDeletedConfirmed", "false")));
        ok(dsl.completeTask(reference, "considerSanctions", Map.of("policyBreached", "true",
                "sanctionsApplied", "Loss of phone privileges")));
        assertThat(dsl.post("cases/" + reference + "/child-protection/closure", "").status()).isEqualTo(200);
        ok(dsl.completeTask(reference, "completeDslRecord", Map.of("recordSummary", "Referred; both children supported",
                "imageViewed", "false")));
        assertThat(status(dsl, reference)).isEqualTo("CLOSED");

        for (String reader : List.of("dsl.riverside", "deputydsl.riverside", "head.riverside")) {
            assertThat(facts(Api.as(base, reader).get("cases/" + reference).json())).as(reader).contains(
                    "initial_review: children_involved=2", "initial_review: youngest_age=13",
                    "initial_review: child_vulnerable=true", "initial_review: how_widely_shared=Two class group chats",
                    "referral_decision: referral_required=true", "referral_decision: table_version=1",
                    "agency_referral: agency=POLICE", "agency_referral: reference=CAD-9001",
                    "agency_referral: contact=DC Lee, 101", "agency_referral: agency=SOCIAL_CARE",
                    "agency_referral: reference=MASH-3141", "child_safeguarding_record: child_label=A.B. (Y8)",
                    "child_safeguarding_record: child_label=C.D. (Y8)", "child_safeguarding_record: age=14",
                    "removal_help: take_it_down_offered=true", "sanctions_record: sanctions_applied=Loss of phone privileges",
                    "closing_record: summary=Referred; both children supported");
        }
        for (String refused : List.of("lead.riverside", "hr.northshire", "governor.riverside", "dsl.hillview")) {
            Api.Reply reply = Api.as(base, refused).get("cases/" + reference);
            assertThat(reply.status()).as(refused).isEqualTo(404);
            assertThat(reply.body()).doesNotContain("CAD-9001");
        }
    }
    private String report(String category, String description) {
        return Api.as(base, "staff.riverside").post("incidents", """
                {"category":"%s","description":"%s","occurredAt":"%s"}
                """.formatted(category, description, LocalDateTime.now().minusHours(3).withNano(0))).json()
                .getString("reference");
    }

    private static long rows(String table, String reference) {
        return TestDatabase.count("SELECT COUNT(*) FROM " + table + " r JOIN incident i ON i.id = r.incident_id "
                + "WHERE i.reference = ?", reference);
    }

    @Test
    void item1_aMissedDeadlineAnImpersonationComplaintAPhoneReportAndAStepWithoutARecorderAreRecorded() throws Exception {
        Api lead = Api.as(base, "lead.riverside");
        Api head = Api.as(base, "head.riverside");
        String impersonation = report("IMPERSONATION", "A fake account uses my name and photo");
        assertThat(TestDatabase.deadlinesPassNow(impersonation)).as("the triage deadline").isEqualTo(1);
        long until = System.currentTimeMillis() + 90_000;
        while (rows("escalation_record", impersonation) == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(500);
        }
        assertThat(facts(lead.get("cases/" + impersonation).json())).contains("escalation_record: watched_step=triageByLead",
                "escalation_record: told=HEAD_TEACHER");
        ok(head.completeTask(impersonation, "headTeacherEnsuresTriage", Map.of()));
        assertThat(kinds(lead.get("cases/" + impersonation).json())).as("a step no feature records: its step answers")
                .contains("step_answers");
        ok(lead.completeTask(impersonation, "triageByLead", Answers.SIMPLE_TRIAGE));
        ok(lead.completeTask(impersonation, "impersonationComplaint", Map.of("identityProved", "true",
                "impersonationComplaintReference", "IG-IMP-31")));
        assertThat(facts(lead.get("cases/" + impersonation).json())).contains(
                "impersonation_complaint: identity_proved=true", "impersonation_complaint: complaint_reference=IG-IMP-31");

        String calls = report("PHONE_ABUSE", "Withheld-number calls every evening");
        ok(lead.completeTask(calls, "triageByLead", Answers.SIMPLE_TRIAGE));
        ok(Api.as(base, "staff.riverside").completeTask(calls, "reportToPhoneNetwork", Map.of("network", "Vodafone",
                "networkReference", "VF-118")));
        assertThat(facts(lead.get("cases/" + calls).json())).contains("phone_network_report: network=Vodafone",
                "phone_network_report: network_reference=VF-118");
    }

    @Test
    void item1_handlingInSchoolADeviceSearchAndAViewingRecordAreRecorded() {
        Api dsl = Api.as(base, "dsl.riverside");
        String reference = report("NUDE_IMAGES", "Two year 11 pupils exchanged images");
        Map<String, String> review = new HashMap<>(Answers.childProtectionReview(2, 15, "Between the two pupils only"));
        review.put("deviceSearched", "true");
        ok(dsl.completeTask(reference, "initialReviewByDsl", review));
        ok(dsl.completeTask(reference, "recordDeviceSearch", Map.of("searchedBy", "Deputy head", "searchedWhere",
                "ON_PREMISES", "searchReason", "A pupil said the image was being sent on", "searchConsent", "true")));
        ok(dsl.completeTask(reference, "recordHandlingRationale", Map.of("handlingRationale", "Both 15, consensual, deleted")));
        ok(Api.as(base, "head.riverside").completeTask(reference, "headTeacherAgreesHandling",
                Map.of("headTeacherAgrees", "true")));
        assertThat(status(dsl, reference)).isEqualTo("HANDLED_IN_SCHOOL");
        for (int child = 1; child <= 2; child++) {
            ok(dsl.completeTask(reference, "recordChildSafeguarding", Map.of("childLabel", "P" + child, "childAge", "15",
                    "childHasSen", "false", "childKnownToSocialCare", "false", "riskAssessment", "Low", "safeguards", "Check-ins",
                    "parentsInformed", "true", "parentsDecisionRationale", "Told together")));
        }
        ok(dsl.completeTask(reference, "offerRemovalHelp", Map.of("reportRemoveOffered", "true",
                "takeItDownOffered", "false", "imagesDeletedConfirmed", "true")));
        ok(dsl.completeTask(reference, "considerSanctions", Map.of("policyBreached", "false")));
        assertThat(dsl.post("cases/" + reference + "/child-protection/closure", "").status()).isEqualTo(200);
        ok(dsl.completeTask(reference, "completeDslRecord", Map.of("recordSummary", "Handled in school",
                "imageViewed", "true")));
        ok(dsl.completeTask(reference, "recordImageViewing", Map.of("viewingHeadTeacherAgreed", "true",
                "viewedOn", TODAY, "viewedBy", "dsl.riverside", "viewingWitness", "head.riverside",
                "viewedWhere", "Head's office", "viewingReason", "To confirm it was not of a younger child",
                "viewingOutcome", "Deleted; no further action")));
        assertThat(facts(dsl.get("cases/" + reference).json())).contains(
                "device_search: searched_by=Deputy head", "device_search: searched_where=ON_PREMISES",
                "device_search: consent=true", "school_handling: rationale=Both 15, consensual, deleted",
                "school_handling: head_agrees=true", "removal_help: images_deleted_confirmed=true",
                "viewing_record: witness=head.riverside", "viewing_record: viewed_on=" + TODAY,
                "viewing_record: outcome=Deleted; no further action", "closing_record: image_viewed=true");
        assertThat(status(dsl, reference)).isEqualTo("CLOSED");
    }
}
