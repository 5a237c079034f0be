package org.safecase;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15 item 4 (cross-school patterns) and item 7 (subject access) over the wire, on the WAR as
 * built: reports of two schools naming the same account, phone number and web address (written
 * differently) show the LA admin three patterns with both cases' references and neither the
 * identifiers nor any case text, and a head teacher none; a staff member's export holds their own
 * cases and nothing of another staff member's, other people's names in structured fields redacted,
 * refused before the LA reviewer releases it, and carrying the reviewer's redaction after; with each
 * case go their own confidential notes (text reviewed, grantees redacted) and who opened it.
 */
@ExtendWith(SharedServer.class)
class SubjectAccessIT {
    private static final String ADMIN = "admin.northshire";


    @ServerAddress
    URL base;

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private String report(String user, String description, String extra) {
        Api.Reply made = Api.as(base, user).post("incidents", """
                {"category":"CYBERBULLYING","description":"%s","occurredAt":"%s"%s}
                """.formatted(description, LocalDateTime.now().minusHours(2).withNano(0), extra));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().getString("reference");
    }

    private static List<JsonObject> patternsWith(JsonObject list, String reference) {
        return list.getJsonArray("patterns").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonArray("caseReferences").getValuesAs(jakarta.json.JsonString.class).stream()
                        .anyMatch(r -> r.getString().equals(reference)))
                .toList();
    }

    @Test
    @DisplayName("item 4: the same account, phone number and web address reported by two schools is a pattern for the LA admin, without case text or the identifier, and nothing for a head teacher")
    void item4_crossSchoolPatternsByKeyedHashes() {
        String id = unique();
        String handle = "Pattern_Troll_" + id;
        String digits = String.valueOf(Math.abs(id.hashCode()) % 900000 + 100000);
        String canaryRiverside = "Canary riverside text " + id;
        String canaryHillview = "Canary hillview text " + id;
        String riverside = report("staff.riverside", canaryRiverside, """
                ,"accountName":"@%s","phoneNumber":"07700 %s","locationUrl":"https://www.social.example/%s/post?utm_source=share"
                """.formatted(handle, digits, id).strip());
        String hillview = report("staff.hillview", canaryHillview, """
                ,"accountName":"%s","phoneNumber":"+44 7700%s","locationUrl":"http://social.example/%s/post/"
                """.formatted(handle.toLowerCase(), digits, id).strip());
        String elsewhere = report("staff.riverside", "Another riverside report " + id, """
                ,"accountName":"@Someone_Else_%s"
                """.formatted(id).strip());

        Api.Reply listed = Api.as(base, ADMIN).get("oversight/patterns?size=100");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        List<JsonObject> found = patternsWith(listed.json(), riverside);
        assertThat(found).extracting(p -> p.getString("kind"))
                .containsExactlyInAnyOrder("ACCOUNT", "PHONE", "WEB_ADDRESS");
        for (JsonObject pattern : found) {
            assertThat(pattern.getInt("schoolCount")).isEqualTo(2);
            assertThat(pattern.getJsonArray("caseReferences").toString()).contains(riverside, hillview);
            assertThat(pattern.getJsonArray("schools").toString()).contains("Riverside", "Hillview");
        }
        assertThat(patternsWith(listed.json(), elsewhere)).as("named by one school only: no pattern").isEmpty();
        assertThat(listed.body()).doesNotContain(canaryRiverside, canaryHillview, id, digits, handle.toLowerCase(),
                "social.example");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM pattern_key WHERE incident_id = "
                + "(SELECT id FROM incident WHERE reference = ?)", riverside)).isEqualTo(3);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'PATTERNS_VIEWED'")).isPositive();

        HttpResponse<String> page = PageSession.signedInAs(base, ADMIN).get("oversight/patterns.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(riverside, hillview, "pattern-row")
                .doesNotContain(canaryRiverside, canaryHillview, id, digits, "social.example");

        Api.Reply head = Api.as(base, "head.riverside").get("oversight/patterns");
        assertThat(head.status()).as(head.body()).isEqualTo(403);
        assertThat(head.json().getString("message")).contains("LA admin");
        HttpResponse<String> headPage = PageSession.signedInAs(base, "head.riverside").get("oversight/patterns.xhtml");
        assertThat(headPage.statusCode()).isEqualTo(403);
        assertThat(headPage.body()).contains("id=\"refusal\"").doesNotContain(riverside, hillview);
    }

    @Test
    @DisplayName("item 7: the export holds the staff member's cases and nothing of another's, redacts names in structured fields, is refused before release and carries the reviewer's redaction after")
    void item7_subjectAccessExportReviewedAndReleased() throws Exception {
        String id = unique();
        String perpetrator = "Perpetrator Name " + id;
        String description = "My own account of it " + id + " naming Colleague Secret";
        String mine = report("staff.riverside", description, """
                ,"perpetrator":"COLLEAGUE","perpetratorName":"%s"
                """.formatted(perpetrator).strip());
        String otherCanary = "Other staff member's canary " + id;
        String others = report("lead.riverside", otherCanary, "");
        Api lead = Api.as(base, "lead.riverside");
        assertThat(lead.completeTask(mine, "triageByLead", Answers.SIMPLE_TRIAGE).status()).isEqualTo(200);
        assertThat(lead.post("cases/" + mine + "/evidence/web-addresses", "{\"webAddress\":\"https://social.example/s/"
                + id + "\",\"capturedAt\":\"" + LocalDateTime.now().minusHours(1).withNano(0) + "\"}").status()).isEqualTo(201);
        String leadName = TestDatabase.string("SELECT display_name FROM app_user WHERE username = 'lead.riverside'");
        String staffName = TestDatabase.string("SELECT display_name FROM app_user WHERE username = 'staff.riverside'");

        Api staff = Api.as(base, "staff.riverside");
        String noteText = "Union note " + id + " about a meeting";
        Api.Reply noted = staff.post("cases/" + mine + "/notes", """
                {"marking":"UNION_BUSINESS","text":"%s"}""".formatted(noteText));
        assertThat(noted.status()).as(noted.body()).isEqualTo(201);
        long note = noted.json().getJsonNumber("id").longValue();
        assertThat(staff.post("cases/" + mine + "/notes/" + note + "/grants", "{\"username\":\"lead.riverside\"}").status())
                .isEqualTo(201);
        assertThat(lead.get("cases/" + mine).status()).as("the lead opens the case").isEqualTo(200);
        assertThat(staff.get("cases/" + mine).status()).as("they open it themselves").isEqualTo(200);
        Api.Reply asked = staff.post("subject-access", "{}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long request = asked.json().getJsonNumber("id").longValue();
        assertThat(asked.json().getString("state")).isEqualTo("REQUESTED");

        Api.Reply early = staff.get("subject-access/" + request + "/export");
        assertThat(early.status()).as("refused before release").isEqualTo(409);
        assertThat(early.json().getString("message")).contains("not been released");
        HttpResponse<String> earlyPage = PageSession.signedInAs(base, "staff.riverside")
                .get("oversight/subject-access-export?id=" + request + "&format=json");
        assertThat(earlyPage.statusCode()).isEqualTo(409);
        assertThat(earlyPage.body()).contains("not been released").doesNotContain(id);

        Api admin = Api.as(base, ADMIN);
        assertThat(Api.as(base, "head.riverside").get("subject-access/" + request + "/review").status()).isEqualTo(404);
        Api.Reply review = admin.get("subject-access/" + request + "/review");
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        List<JsonObject> passages = review.json().getJsonArray("passages").getValuesAs(JsonObject.class);
        assertThat(review.body()).as("free text flagged for review, their note's too").contains(description, noteText)
                .doesNotContain(otherCanary, perpetrator);
        Api.Reply tooSoon = admin.post("subject-access/" + request + "/release", "");
        assertThat(tooSoon.status()).as("released only after every passage is reviewed").isEqualTo(409);

        String redacted = "My own account of it " + id + " naming [name removed by reviewer]";
        for (JsonObject passage : passages) {
            String text = passage.getString("text").equals(description) ? redacted : passage.getString("text");
            Api.Reply saved = admin.put("subject-access/" + request + "/passages/" + passage.getJsonNumber("id"),
                    jakarta.json.Json.createObjectBuilder().add("text", text).build().toString());
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        }
        assertThat(TestDatabase.string("SELECT description FROM incident WHERE reference = ?", mine))
                .as("the case itself is never changed").isEqualTo(description);
        Api.Reply released = admin.post("subject-access/" + request + "/release", "");
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().getString("state")).isEqualTo("RELEASED");
        assertThat(admin.get("subject-access/" + request + "/export").status()).as("the subject's only").isEqualTo(403);

        Api.Reply export = staff.get("subject-access/" + request + "/export");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.body()).contains(mine, redacted, "staff.riverside", "[redacted]")
                .doesNotContain(others, otherCanary, "Colleague Secret", perpetrator, leadName);
        JsonObject myCase = export.json().getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("reference").equals(mine)).findFirst().orElseThrow();
        assertThat(myCase.getJsonObject("facts").getString("perpetratorName")).isEqualTo("[redacted]");
        assertThat(myCase.getJsonArray("entries").getValuesAs(JsonObject.class))
                .as("the lead's triage: recorded by someone else, redacted")
                .anySatisfy(entry -> assertThat(entry.getString("recordedBy")).isEqualTo("[redacted]"));
        assertThat(myCase.getJsonArray("evidence").getValuesAs(JsonObject.class))
                .anySatisfy(item -> assertThat(item.getString("addedBy")).isEqualTo("[redacted]"));
        JsonObject exportedNote = myCase.getJsonArray("notes").getJsonObject(0);
        assertThat(myCase.getJsonArray("notes")).as("their confidential note, R-X-2").hasSize(1);
        assertThat(exportedNote.getString("marking")).isEqualTo("Union business");
        assertThat(exportedNote.getJsonObject("text").getString("text")).isEqualTo(noteText);
        assertThat(exportedNote.getJsonArray("shares").getJsonObject(0).getString("grantee"))
                .as("whom they let read it is another person: redacted").isEqualTo("[redacted]");
        List<JsonObject> accesses = myCase.getJsonArray("accesses").getValuesAs(JsonObject.class);
        assertThat(accesses).as("who opened the case, R-X-3")
                .anySatisfy(a -> assertThat(a.getString("who")).isEqualTo("[redacted]"))
                .anySatisfy(a -> assertThat(a.getString("who")).isEqualTo(staffName))
                .allSatisfy(a -> assertThat(a.getString("what")).isNotBlank());

        HttpResponse<byte[]> pdf = staff.download("subject-access/" + request + "/export.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(mine, "[name removed by reviewer]", noteText, "Who opened this case")
                .doesNotContain(otherCanary, "Colleague Secret", perpetrator, leadName);

        HttpResponse<String> page = PageSession.signedInAs(base, "staff.riverside").get("oversight/subject-access.xhtml");
        assertThat(page.body()).contains("subject-access-export?id=" + request);
        for (String action : List.of("SUBJECT_ACCESS_REQUESTED", "SUBJECT_ACCESS_REVIEW_OPENED", "SUBJECT_ACCESS_REVIEWED",
                "SUBJECT_ACCESS_RELEASED", "SUBJECT_ACCESS_DOWNLOADED")) {
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject = ?",
                    action, "sar:" + request)).as(action).isPositive();
        }
    }
}
