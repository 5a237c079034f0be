package org.safecase;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safecase.casefile.CaseFiles;
import org.safecase.casefile.CaseStatus;
import org.safecase.identity.Caller;
import org.safecase.identity.CallerDirectory;
import org.safecase.inbox.InboxWork;
import org.safecase.intake.IncidentReport;
import org.safecase.intake.IncidentReporting;
import org.safecase.platform.NotFoundException;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.Deployments;
import org.safecase.testing.ReportThenFail;
import org.safecase.testing.TestDatabase;
import org.safecase.workflow.admin.ShippedModels;
import org.safecase.workflow.ProcessModels;
import org.safecase.workflow.TaskSummary;

import java.net.URL;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Wiring of the platform on Payara Micro and MariaDB: transactions spanning JPA and the
 * engine, model deployment, and school isolation through the backing services and over REST.
 * Uses the demo local authority (SAFECASE_DEMO_DATA=true in the test environment).
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.withInContainerTests(PlatformIT.class);
    }

    @Inject
    IncidentReporting reporting;
    @Inject
    ReportThenFail reportThenFail;
    @Inject
    CallerDirectory callers;
    @Inject
    InboxWork inbox;
    @Inject
    CaseFiles caseFiles;
    @Inject
    RuntimeService runtimeService;
    @Inject
    RepositoryService repositoryService;
    @Inject
    ShippedModels shippedModels;

    @Inject
    org.safecase.workflow.ReferralDecisions referralDecisions;
    @Inject
    org.safecase.evidence.StagedEvidence staging;
    @Inject
    org.safecase.evidence.Evidence evidence;
    @Inject
    org.safecase.intake.ReportDrafts drafts;
    @Inject
    jakarta.transaction.UserTransaction transaction;
    @Inject
    org.safecase.notes.ConfidentialNotes confidentialNotes;
    @Inject
    jakarta.enterprise.event.Event<org.safecase.platform.CaseDestroying> caseDestroying;

    private static String refusalKey(Throwable e) {
        return ((org.safecase.platform.InvalidInputException) org.safecase.platform.Failures.rootOf(e)).problems().get(0).key();
    }

    @Test
    void issue11_item4_evidenceHeldWithTheDraftGoesWithTheReportInItsTransactionAndNeverWithChildProtection()
            throws Exception {
        Caller staff = callers.forUsername("staff.hillview");
        drafts.discard(staff);
        byte[] png = org.safecase.testing.UploadSamples.png(3, 2);
        assertThatThrownBy(() -> staging.stageFile(staff, "capture.png", png)).as("no draft, nothing held")
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("report.evidence.problem.noDraft"));
        IncidentReport withEvidence = report("with evidence added while reporting");
        drafts.save(staff, withEvidence, org.safecase.intake.OccurredAtEntry.EMPTY);
        var file = staging.stageFile(staff, "capture.txt", png);
        assertThat(file.fileName()).as("named by its content").isEqualTo("capture.png");
        assertThat(staging.stageFile(staff, "again.png", png).id()).as("the same file is held once").isEqualTo(file.id());
        assertThatThrownBy(() -> staging.stageFile(staff, "photo.png", "MZ program".getBytes()))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("report.evidence.problem.notAllowed"));
        assertThatThrownBy(() -> staging.stageFile(staff, "big.png", new byte[org.safecase.evidence.Evidence.MAX_BYTES + 1]))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("report.evidence.problem.tooLarge"));
        var address = staging.stageWebAddress(staff, "https://social.example/p/5");
        assertThatThrownBy(() -> staging.stageWebAddress(staff, "social.example/p/5"))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("report.evidence.problem.webAddress"));

        transaction.begin();
        reporting.report(staff, withEvidence, "it:" + UUID.randomUUID(), java.util.List.of(file.id(), address.id()));
        transaction.rollback();
        assertThat(staging.list(staff)).as("a report rolled back keeps its evidence with the draft")
                .extracting(org.safecase.evidence.StagedEvidence.Item::id).containsExactly(file.id(), address.id());

        String reference = reporting.report(staff, withEvidence, "it:" + UUID.randomUUID(),
                java.util.List.of(file.id(), address.id())).receipt().reference();
        assertThat(evidence.list(staff, reference)).extracting(org.safecase.evidence.EvidenceView::sha256,
                        org.safecase.evidence.EvidenceView::webAddress)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(file.sha256(), null),
                        org.assertj.core.groups.Tuple.tuple(null, "https://social.example/p/5"));
        assertThat(staging.list(staff)).as("moved, not copied").isEmpty();
        assertThat(drafts.load(staff)).isEmpty();

        drafts.save(staff, new IncidentReport("NUDE_IMAGES", "A pupil's image", LocalDateTime.now().minusHours(1),
                null, null, null, null), org.safecase.intake.OccurredAtEntry.EMPTY);
        assertThatThrownBy(() -> staging.stageFile(staff, "capture.png", png)).as("R-SX-2")
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("report.evidence.problem.childProtection"));
        assertThatThrownBy(() -> staging.stageWebAddress(staff, "https://social.example/p/6"))
                .satisfies(e -> assertThat(refusalKey(e)).isEqualTo("report.evidence.problem.childProtection"));
        assertThat(staging.list(staff)).isEmpty();
        drafts.discard(staff);
    }

    @Test
    void R_SX_4_theReferralTableIsDeployedAndAnswersWithItsVersion() {
        java.util.Map<String, Object> facts = new java.util.HashMap<>(java.util.Map.of("adultInvolved", false,
                "coercionOrExploitation", false, "unusualOrViolentContent", false, "sexualActsUnder13", false,
                "youngestAge", 13, "sharedWithoutConsent", false, "immediateRiskOfHarm", false));
        var decision = referralDecisions.decide(facts);
        assertThat(decision.referralRequired()).isTrue();
        assertThat(decision.tableVersion()).isEqualTo(1);
        facts.put("youngestAge", 14);
        assertThat(referralDecisions.decide(facts).referralRequired()).isFalse();
    }

    @ArquillianResource
    URL base;

    private static IncidentReport report(String description) {
        return new IncidentReport("CYBERBULLYING", description, LocalDateTime.now().minusHours(2), "ChatApp",
                null, null, null);
    }

    @Test
    void jpaWriteAndProcessStartInOneTransactionRollBackTogether() {
        Caller staff = callers.forUsername("staff.riverside");
        AtomicReference<String> reference = new AtomicReference<>();

        assertThatThrownBy(() -> reportThenFail.reportThenFail(staff, report("rolled back"), reference::set))
                .hasMessageContaining("failure after the report was recorded");

        assertThat(reference.get()).startsWith("SC-");
        assertThatThrownBy(() -> caseFiles.find(staff, reference.get())).isInstanceOf(NotFoundException.class);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference.get()).count())
                .isZero();
    }

    @Test
    void R_ST_1_reportIsRecordedWithReferenceAndStartsTriageForItsSchoolOnly() {
        Caller staff = callers.forUsername("staff.riverside");
        var receipt = reporting.report(staff, report("recorded"));

        assertThat(caseFiles.find(staff, receipt.reference()).status()).isEqualTo(CaseStatus.REPORTED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(receipt.reference())
                .singleResult().getProcessDefinitionKey()).isEqualTo(ProcessModels.STAFF_INCIDENT);
        assertThat(taskFor(callers.forUsername("lead.riverside"), receipt.reference())).isNotNull();
        assertThat(taskFor(callers.forUsername("lead.hillview"), receipt.reference())).isNull();
        assertThat(taskFor(callers.forUsername("dsl.riverside"), receipt.reference())).isNull();
    }

    @Test
    void restartingDoesNotCreateNewProcessDefinitionVersions() {
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();

        shippedModels.deployShipped(); // what every start-up does

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        for (String key : new String[]{ProcessModels.STAFF_INCIDENT, ProcessModels.CHILD_PROTECTION_INCIDENT}) {
            assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count())
                    .as("versions of %s after %d deployment(s)", key, deploymentsBefore).isEqualTo(1);
        }
    }

    @Test
    void leadOfAnotherSchoolCannotListOpenClaimOrCompleteATaskOrCase() {
        Caller staff = callers.forUsername("staff.riverside");
        Caller ownLead = callers.forUsername("lead.riverside");
        Caller otherLead = callers.forUsername("lead.hillview");
        String reference = reporting.report(staff, report("isolation")).reference();
        TaskSummary task = taskFor(ownLead, reference);

        assertThat(taskFor(otherLead, reference)).isNull();
        assertThatThrownBy(() -> inbox.find(otherLead, task.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inbox.claim(otherLead, task.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inbox.complete(otherLead, task.id(), Answers.SIMPLE_TRIAGE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> caseFiles.find(otherLead, reference)).isInstanceOf(NotFoundException.class);
        assertThat(inbox.find(ownLead, task.id()).isClaimed()).isFalse();

        inbox.claim(ownLead, task.id());
        inbox.complete(ownLead, task.id(), Answers.SIMPLE_TRIAGE);
        assertThat(caseFiles.find(ownLead, reference).status()).isEqualTo(CaseStatus.TRIAGED);
    }

    private TaskSummary taskFor(Caller caller, String reference) {
        return inbox.page(caller, new org.safecase.workflow.InboxFilter(reference, null, false, false, false,
                        org.safecase.workflow.InboxFilter.Claim.ANY, null), 0, 100).tasks().stream()
                .filter(t -> reference.equals(t.caseReference())).findFirst().orElse(null);
    }

    private static final String TRIAGE = Answers.json(Answers.SIMPLE_TRIAGE);

    @Test
    @RunAsClient
    void restLeadOfAnotherSchoolGets404AndLearnsNothing() {
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"A video about Ms Example","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusDays(1).withNano(0))).json().getString("reference");
        Api ownLead = Api.as(base, "lead.riverside");
        Api otherLead = Api.as(base, "lead.hillview");
        String taskId = ownLead.get("tasks?size=100").json().getJsonArray("tasks").getValuesAs(JsonObject.class)
                .stream().filter(t -> reference.equals(t.getString("caseReference"))).findFirst().orElseThrow()
                .getString("id");

        assertThat(otherLead.get("tasks?size=100").body()).doesNotContain(reference).doesNotContain(taskId);
        for (Api.Reply reply : new Api.Reply[]{otherLead.get("tasks/" + taskId),
                otherLead.post("tasks/" + taskId + "/claim", ""), otherLead.post("tasks/" + taskId + "/complete", TRIAGE),
                otherLead.get("cases/" + reference)}) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.body()).doesNotContain("Ms Example").doesNotContain(reference);
        }
        assertThat(Api.as(base, "staff.riverside").get("tasks/" + taskId).status())
                .as("a staff member is not offered triage tasks").isEqualTo(404);

        assertThat(ownLead.post("tasks/" + taskId + "/complete", TRIAGE).status()).as("must claim first").isEqualTo(409);
        assertThat(ownLead.post("tasks/" + taskId + "/claim", "").status()).isEqualTo(200);
        assertThat(otherLead.post("tasks/" + taskId + "/complete", TRIAGE).status()).isEqualTo(404);
        assertThat(ownLead.get("tasks/" + taskId + "/form").json().getJsonArray("fields").size()).isEqualTo(6);
        Api.Reply incomplete = ownLead.post("tasks/" + taskId + "/complete", "{\"severity\":\"SEVERE\"}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("perpetrator").contains("Choose one of: Low, Medium, High");
        assertThat(ownLead.get("tasks/" + taskId).status()).as("still open after refused answers").isEqualTo(200);
        assertThat(ownLead.post("tasks/" + taskId + "/complete", TRIAGE).status()).isEqualTo(200);
        assertThat(ownLead.get("cases/" + reference).json().getString("status")).isEqualTo("TRIAGED");
    }

    @Test
    @RunAsClient
    void restReportWithBadFieldsIs400WithMessagesAndStoresNothing() {
        Api staff = Api.as(base, "staff.riverside");
        String yesterday = LocalDateTime.now().minusDays(1).withNano(0).toString();
        String tomorrow = LocalDateTime.now().plusDays(1).withNano(0).toString();
        long incidents = TestDatabase.incidents();
        long processes = TestDatabase.count("SELECT COUNT(*) FROM ACT_HI_PROCINST");

        assertRefused(staff.post("incidents", "{\"description\":\"d\",\"occurredAt\":\"" + yesterday + "\"}"),
                "category", "Choose what kind of incident");
        assertRefused(staff.post("incidents", "{\"category\":\"GOSSIP\",\"description\":\"d\",\"occurredAt\":\"" + yesterday + "\"}"),
                "category", "Unknown kind of incident");
        assertRefused(staff.post("incidents", "{\"category\":\"OTHER\",\"description\":\"" + "x".repeat(102_400)
                + "\",\"occurredAt\":\"" + yesterday + "\"}"), "description", "at most 10,000 characters");
        assertRefused(staff.post("incidents", "{\"category\":\"OTHER\",\"description\":\"d\",\"occurredAt\":\"" + tomorrow + "\"}"),
                "occurredAt", "cannot be in the future");
        assertRefused(staff.post("incidents", "{\"category\":\"OTHER\",\"description\":\"d\",\"occurredAt\":\"next tuesday\"}"),
                "occurredAt", "2026-11-20T16:45");
        Api.Reply malformed = staff.post("incidents", "{\"category\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().getString("message")).contains("not valid JSON");
        assertThat(staff.post("incidents", "").status()).isEqualTo(400);

        assertThat(TestDatabase.incidents()).isEqualTo(incidents);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ACT_HI_PROCINST")).isEqualTo(processes);
    }

    @Test
    @RunAsClient
    void R_ST_6_R_ST_8_providerDirectoryIsSeededFromTheGuidanceAndKeptByLaAdmins() {
        Api staff = Api.as(base, "staff.riverside");
        String networks = staff.get("providers?kind=MOBILE_NETWORK").body();
        assertThat(networks).contains("\"O2\"").contains("202").contains("Vodafone").contains("191")
                .contains("07953 966 250");
        assertThat(staff.get("providers?kind=HELPLINE").body()).contains("0844 381 4772")
                .contains("helpline@saferinternet.org.uk");
        assertThat(staff.get("providers?q=tumblr").body()).contains("attach it to the e-mail").doesNotContain("Facebook");
        assertThat(staff.get("providers?kind=CARRIER_PIGEON").status()).isEqualTo(400);

        String entry = "{\"name\":\"Example Chat\",\"kind\":\"MESSENGER\",\"reportingRoute\":\"Report in the app\"}";
        assertThat(Api.as(base, "lead.riverside").post("providers", entry).status()).isEqualTo(403);
        long before = TestDatabase.count("SELECT COUNT(*) FROM provider");
        Api admin = Api.as(base, "admin.northshire");
        assertRefused(admin.post("providers", "{\"name\":\"Example Chat\",\"kind\":\"MESSENGER\"}"),
                "reportingRoute", "Say how to report");
        assertRefused(admin.post("providers", "{\"name\":\"o2\",\"kind\":\"MOBILE_NETWORK\",\"reportingRoute\":\"x\"}"),
                "name", "already has");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM provider")).isEqualTo(before);

        Api.Reply added = admin.post("providers", entry);
        assertThat(added.status()).isEqualTo(201);
        long id = added.json().getJsonNumber("id").longValue();
        Api.Reply changed = admin.put("providers/" + id,
                "{\"name\":\"Example Chat\",\"kind\":\"MESSENGER\",\"reportingRoute\":\"Report in the app or by e-mail\","
                        + "\"email\":\"safety@chat.example\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(staff.get("providers?q=example%20chat").body()).contains("safety@chat.example");
    }

    @Test
    @RunAsClient
    void R_ST_2_evidenceFilesAreCheckedByContentHashedAndOnlyForThoseWhoSeeTheCase() throws Exception {
        Api staff = Api.as(base, "staff.riverside");
        String reference = staff.post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"A post about me","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
        byte[] png = org.safecase.testing.UploadSamples.png(4, 3);

        Api.Reply added = staff.postBytes("cases/" + reference + "/evidence?fileName=capture.txt", png);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String sha256 = added.json().getString("sha256");
        assertThat(added.json().getString("fileName")).isEqualTo("capture.png");
        assertThat(added.json().getString("mediaType")).isEqualTo("image/png");
        long id = added.json().getJsonNumber("id").longValue();

        Api lead = Api.as(base, "lead.riverside");
        java.net.http.HttpResponse<byte[]> download = lead.download("cases/" + reference + "/evidence/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(download.body()))).as("the file kept (re-encoded, issue #12 item 5) is the one hashed").isEqualTo(sha256);
        assertThat(java.util.Arrays.copyOf(download.body(), 4)).isEqualTo(java.util.Arrays.copyOf(png, 4));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(Api.as(base, "lead.hillview").download("cases/" + reference + "/evidence/" + id).statusCode()).isEqualTo(404);
        assertThat(Api.as(base, "lead.hillview").get("cases/" + reference + "/evidence").status()).isEqualTo(404);

        long stored = TestDatabase.count("SELECT COUNT(*) FROM evidence_item");
        assertRefused(staff.postBytes("cases/" + reference + "/evidence?fileName=photo.png", "MZ\u0090 program".getBytes()),
                "file", "whatever its name says");
        assertRefused(staff.postBytes("cases/" + reference + "/evidence?fileName=big.pdf",
                new byte[org.safecase.evidence.Evidence.MAX_BYTES + 1]), "file", "larger than 10 MB");
        assertRefused(staff.postBytes("cases/" + reference + "/evidence", new byte[0]), "file", "Choose a file");
        String childProtection = staff.post("incidents", """
                {"category":"NUDE_IMAGES","description":"An image is being shared","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
        assertRefused(Api.as(base, "dsl.riverside").postBytes("cases/" + childProtection + "/evidence?fileName=a.txt", png),
                "file", "No file can be added to a child-protection case");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM evidence_item")).isEqualTo(stored);

        assertThat(lead.post("cases/" + reference + "/evidence/web-addresses", "{\"webAddress\":\"https://social.example/p/5\","
                + "\"capturedAt\":\"" + LocalDateTime.now().minusMinutes(10).withNano(0) + "\"}").status()).isEqualTo(201);
        assertRefused(lead.post("cases/" + reference + "/evidence/web-addresses", "{\"webAddress\":\"my phone\",\"capturedAt\":\"2026-11-01T10:00\"}"),
                "webAddress", "full web address");
        assertThat(staff.get("cases/" + reference + "/evidence").body()).contains("capture.png").contains("social.example/p/5");
    }

    @Test
    @RunAsClient
    void R_ST_5_removalLetterInTheSchoolsWordingForItsLeadOnly() throws Exception {
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"A post about me","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
        Api lead = Api.as(base, "lead.riverside");
        java.net.http.HttpResponse<byte[]> letter = lead.download("cases/" + reference
                + "/removal-letter?poster=Mr%20Poster&address=https://social.example/p/7");
        assertThat(letter.statusCode()).isEqualTo(200);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(letter.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Riverside Primary School")
                    .contains("Dear Mr Poster").contains("https://social.example/p/7").contains("remove the material");
        }
        assertThat(Api.as(base, "lead.hillview").download("cases/" + reference + "/removal-letter").statusCode()).isEqualTo(404);
        assertThat(Api.as(base, "staff.riverside").download("cases/" + reference + "/removal-letter").statusCode())
                .as("the reporter does not write to the poster").isEqualTo(403);

        String school = TestDatabase.string("SELECT id FROM school WHERE urn = '900001'");
        Api head = Api.as(base, "head.riverside");
        String path = "schools/" + school + "/letter-templates/removal-request";
        assertThat(lead.putText(path, "Please take it down.").status()).isEqualTo(403);
        assertThat(head.putText(path, "   ").status()).isEqualTo(400);
        try {
            assertThat(head.putText(path, "{school} asks {poster} to remove {address} today.").status()).isEqualTo(200);
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(lead.download("cases/" + reference
                    + "/removal-letter?address=https://social.example/p/7").body())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                        .contains("Riverside Primary School asks Sir or Madam to remove https://social.example/p/7 today.");
            }
        } finally {
            head.putText(path, org.safecase.takedown.RemovalLetter.DEFAULT_TEXT);
        }
    }

    @Test
    @RunAsClient
    void R_ST_4_aMissedTriageDeadlineFiresOnTheServerAndTheHeadTeacherIsToldByATask() throws Exception {
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"OTHER","description":"Left untriaged","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
        // Let the deadline pass: the timer becomes due now, and the engine's job executor must find it.
        assertThat(TestDatabase.deadlinesPassNow(reference)).as("one triage deadline timer").isEqualTo(1);
        Api head = Api.as(base, "head.riverside");
        long deadline = System.currentTimeMillis() + 90_000;
        String escalation = null;
        while (escalation == null && System.currentTimeMillis() < deadline) {
            escalation = head.get("tasks?size=100").json().getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
                    .filter(t -> reference.equals(t.getString("caseReference"))
                            && "headTeacherEnsuresTriage".equals(t.getString("taskKey")))
                    .map(t -> t.getString("id")).findFirst().orElse(null);
            Thread.sleep(1000);
        }
        assertThat(escalation).as("the head teacher's task, created by the job executor").isNotNull();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM task_notification WHERE task_id = ?", escalation))
                .as("queued from the job's thread too").isEqualTo(1);
        assertThat(Api.as(base, "lead.riverside").taskId(reference, "triageByLead")).as("the lead's task stays").isNotBlank();
    }

    @Test
    @RunAsClient
    void R_SX_1_childProtectionCaseOpensOnlyForDslDeputyAndHeadAndRefusalsAreAudited() {
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"NUDE_IMAGES","description":"A pupil says an image of another pupil is being shared","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");

        for (String allowed : new String[]{"dsl.riverside", "deputydsl.riverside", "head.riverside"}) {
            Api.Reply reply = Api.as(base, allowed).get("cases/" + reference);
            assertThat(reply.status()).as(allowed).isEqualTo(200);
            assertThat(reply.body()).as(allowed).contains("image of another pupil");
        }
        Api.Reply reporter = Api.as(base, "staff.riverside").get("cases/" + reference);
        assertThat(reporter.status()).isEqualTo(200);
        assertThat(reporter.body()).as("the reporter sees only that it was received").doesNotContain("image of another pupil");

        Api dsl = Api.as(base, "dsl.riverside");
        java.util.Map<String, String> review = org.safecase.testing.Answers.childProtectionReview(1, 12, "One phone");
        assertThat(dsl.completeTask(reference, "initialReviewByDsl", review).status()).isEqualTo(200);
        assertThat(dsl.taskId(reference, "recordPoliceReferral")).as("R-SX-4: aged 12, the table requires referral")
                .isNotBlank();
        assertThat(dsl.taskId(reference, "recordSocialCareReferral")).isNotBlank();

        for (String refused : new String[]{"lead.riverside", "governor.riverside", "hr.northshire", "admin.northshire",
                "lead.hillview", "staff.hillview"}) {
            long before = TestDatabase.count("SELECT COUNT(*) FROM audit_event e JOIN app_user u ON u.id = e.actor_id "
                    + "WHERE u.username = ? AND e.subject = ? AND e.action = 'ACCESS_REFUSED'", refused, reference);
            Api api = Api.as(base, refused);
            assertThat(api.get("cases/" + reference).status()).as(refused).isEqualTo(404);
            assertThat(api.get("cases/" + reference + "/timeline").status()).as(refused).isEqualTo(404);
            assertThat(api.get("cases/" + reference + "/evidence").status()).as(refused).isEqualTo(404);
            assertThat(api.get("tasks?size=100").body()).as(refused).doesNotContain(reference);
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event e JOIN app_user u ON u.id = e.actor_id "
                    + "WHERE u.username = ? AND e.subject = ? AND e.action = 'ACCESS_REFUSED'", refused, reference))
                    .as(refused + ": each refused attempt is audited").isEqualTo(before + 3);
        }
    }

    @Test
    @RunAsClient
    void R_SX_2_noImageOrVideoIsEverStoredOnAChildProtectionCaseWhateverItsNameOrWrapper() {
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"NUDE_IMAGES","description":"Reported image sharing","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
        Api dsl = Api.as(base, "dsl.riverside");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("photo.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16});
        files.put("photo.png", png);
        files.put("anim.gif", "GIF89a\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        files.put("photo.webp", "RIFF\u0000\u0000\u0000\u0000WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        files.put("photo.heic", "\u0000\u0000\u0000\u0018ftypheic".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        files.put("clip.mp4", "\u0000\u0000\u0000\u0018ftypmp42".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        files.put("notes.txt", png);
        files.put("document.pdf", "%PDF-1.7\n/Subtype /Image".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        files.put("archive.zip", "PK\u0003\u0004photo.jpg".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        long stored = TestDatabase.count("SELECT COUNT(*) FROM evidence_item");

        files.forEach((name, content) -> assertRefused(
                dsl.postBytes("cases/" + reference + "/evidence?fileName=" + name, content),
                "file", "No file can be added to a child-protection case"));

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM evidence_item")).as("nothing stored").isEqualTo(stored);
        assertThat(dsl.post("cases/" + reference + "/evidence/web-addresses", "{\"webAddress\":\"https://chat.example/g/1\","
                + "\"capturedAt\":\"" + LocalDateTime.now().minusMinutes(5).withNano(0) + "\"}").status())
                .as("where it was seen may be recorded, as text").isEqualTo(201);
    }

    private static void assertRefused(Api.Reply reply, String field, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("fields").getValuesAs(JsonObject.class))
                .anySatisfy(f -> {
                    assertThat(f.getString("field")).isEqualTo(field);
                    assertThat(f.getString("message")).contains(message);
                });
    }

    @Test
    @RunAsClient
    void apiNeedsValidCredentials() {
        assertThat(Api.anonymous(base).get("tasks").status()).isEqualTo(401);
        assertThat(Api.anonymous(base).get("tasks").response().headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(Api.as(base, "lead.riverside", "wrong-password").get("tasks").status()).isEqualTo(401);
        assertThat(Api.as(base, "nobody-" + UUID.randomUUID(), "x").get("tasks").status()).isEqualTo(401);
    }

    @Test
    @RunAsClient
    void healthAndOpenApiAreServed() {
        String root = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        Api.Reply health = Api.anonymous(base).getAbsolute(root + "/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        Api.Reply openApi = Api.anonymous(base).getAbsolute(root + "/openapi");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("/incidents").contains("/tasks/{id}/claim");
    }

    private static void assertGuarded(String what, java.net.http.HttpHeaders headers, boolean page) {
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
        assertThat(headers.firstValue("Cache-Control")).as(what + ": case content is never stored").hasValue("no-store");
        assertThat(headers.allValues("Content-Security-Policy")).as(what).hasSize(1).first().asString()
                .contains("frame-ancestors 'none'")
                .satisfies(policy -> assertThat(policy).contains(page ? "'nonce-" : "default-src 'none'"));
        assertThat(headers.firstValue("Strict-Transport-Security")).as(what + ": plain HTTP, no HSTS").isEmpty();
    }

    @Test
    @RunAsClient
    void issue12_item3_pagesRestAnswersAndDownloadsCarryTheHeadersAndAreNeverStored() {
        Api staff = Api.as(base, "staff.riverside");
        String reference = staff.post("incidents", """
                {"category":"HARMFUL_CONTENT","description":"Headers","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
        Api.Reply added = staff.postBytes("cases/" + reference + "/evidence?fileName=mail.eml",
                "From: someone@example.org\nSubject: a message\n\nHello\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long evidenceId = added.json().getJsonNumber("id").longValue();
        Api lead = Api.as(base, "lead.riverside");
        String task = lead.taskId(reference, "triageByLead");

        org.safecase.testing.PageSession pages = org.safecase.testing.PageSession.signedInAs(base, "lead.riverside");
        for (String page : java.util.List.of("index.xhtml", "intake/report.xhtml", "casefile/mine.xhtml",
                "casefile/cases.xhtml", "casefile/case.xhtml?ref=" + reference, "inbox/inbox.xhtml",
                "inbox/task.xhtml?id=" + task, "takedown/providers.xhtml", "calendar/closures.xhtml")) {
            var answer = pages.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertGuarded(page, answer.headers(), true);
        }
        assertGuarded("sign-in page", org.safecase.testing.PageSession.anonymous(base).get("login.xhtml").headers(), true);
        var file = pages.get("casefile/evidence-file?ref=" + reference + "&id=" + evidenceId);
        assertThat(file.statusCode()).isEqualTo(200);
        assertGuarded("evidence download (page)", file.headers(), false);

        for (String rest : java.util.List.of("cases/" + reference, "cases/" + reference + "/timeline",
                "cases/" + reference + "/evidence", "tasks", "tasks/" + task, "providers", "cases/search",
                "cases/SC-1999-999999")) {
            assertGuarded("GET /api/" + rest, lead.get(rest).response().headers(), false);
        }
        var download = lead.download("cases/" + reference + "/evidence/" + evidenceId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertGuarded("evidence download (REST)", download.headers(), false);
        var letter = lead.download("cases/" + reference + "/removal-letter?poster=Mr%20Poster&address=https://social.example/p/7");
        assertThat(letter.statusCode()).isEqualTo(200);
        assertGuarded("removal letter", letter.headers(), false);
        assertGuarded("refused", Api.anonymous(base).get("cases/" + reference).response().headers(), false);

        var script = org.safecase.testing.PageSession.anonymous(base).get("jakarta.faces.resource/js/safecase.js.xhtml");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Cache-Control")).as("static resources stay cacheable")
                .hasValueSatisfying(value -> assertThat(value).doesNotContain("no-store"));
    }

    @Test
    @RunAsClient
    void issue12_item3_secureCookieAndHstsOnlyOverTlsReportedByTheTrustedProxy() {
        java.util.Map<String, String> https = java.util.Map.of("X-Forwarded-Proto", "https");
        // safecase.proxy.trusted=127.0.0.2 in the tests' settings (pom.xml).
        var proxied = org.safecase.testing.FromAddress.get("127.0.0.2", base, "login.xhtml", https);
        assertThat(proxied.status()).isEqualTo(200);
        assertThat(proxied.all("Strict-Transport-Security")).containsExactly("max-age=31536000; includeSubDomains");
        assertThat(proxied.all("Set-Cookie")).as("the session of the sign-in page").isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));

        for (var untrusted : java.util.List.of(
                org.safecase.testing.FromAddress.get("127.0.0.1", base, "login.xhtml", https),
                org.safecase.testing.FromAddress.get("127.0.0.2", base, "login.xhtml", java.util.Map.of()))) {
            assertThat(untrusted.status()).isEqualTo(200);
            assertThat(untrusted.all("Strict-Transport-Security")).as("header from anyone else, or no header").isEmpty();
            assertThat(untrusted.all("Set-Cookie")).isNotEmpty()
                    .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
        }
    }

    @Test
    @RunAsClient
    void R_X_1_schoolClosuresKeptByTheHeadTeacherMoveTheTriageDeadline() {
        String school = TestDatabase.string("SELECT id FROM school WHERE urn = '900001'");
        Api head = Api.as(base, "head.riverside");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        java.time.LocalDate lastDay = today.plusDays(14);
        String closure = """
                {"firstDay":"%s","lastDay":"%s","reason":"Training days"}""".formatted(today, lastDay);

        assertThat(Api.as(base, "lead.riverside").post("schools/" + school + "/closures", closure).status())
                .as("only the head teacher or an LA admin").isEqualTo(403);
        assertThat(Api.as(base, "lead.hillview").get("schools/" + school + "/closures").status()).isEqualTo(404);
        assertRefused(head.post("schools/" + school + "/closures",
                "{\"firstDay\":\"%s\",\"lastDay\":\"%s\",\"reason\":\"x\"}".formatted(lastDay, today)),
                "lastDay", "cannot be before");
        assertRefused(head.post("schools/" + school + "/closures",
                "{\"firstDay\":\"%s\",\"lastDay\":\"%s\"}".formatted(today, lastDay)), "reason", "Say why");
        Api.Reply added = head.post("schools/" + school + "/closures", closure);
        assertThat(added.status()).isEqualTo(201);
        long closureId = added.json().getJsonNumber("id").longValue();
        try {
            String reference = Api.as(base, "staff.riverside").post("incidents", """
                    {"category":"PHONE_ABUSE","description":"Silent calls","occurredAt":"%s"}
                    """.formatted(LocalDateTime.now().minusHours(1).withNano(0))).json().getString("reference");
            String due = Api.as(base, "lead.riverside").get("tasks?size=100").json().getJsonArray("tasks")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(t -> reference.equals(t.getString("caseReference"))).findFirst().orElseThrow()
                    .getString("dueAt");

            assertThat(java.time.Instant.parse(due).atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())
                    .as("triage is due after the closure").isAfter(lastDay);
        } finally {
            assertThat(head.delete("schools/" + school + "/closures/" + closureId).status()).isEqualTo(204);
        }
    }

    /** Issue #15 item 2 (R-X-2) with item 5 (R-X-5): a destroyed case takes its confidential notes with it. */
    @Test
    void rx2_item2_aDestroyedCaseTakesItsNotesTheirFilesAndGrantsWithIt() throws Exception {
        Caller author = callers.forUsername("staff.hillview");
        Caller lead = callers.forUsername("lead.hillview");
        String reference = reporting.report(author, new IncidentReport("CYBERBULLYING", "A case to destroy",
                LocalDateTime.now().minusHours(3), "ChatApp", null, null, null), "it:" + UUID.randomUUID()).receipt().reference();
        org.safecase.notes.NoteEntry note = confidentialNotes.add(author, reference, "PERSONAL", "Kept until the case goes",
                "capture.png", org.safecase.testing.UploadSamples.png(3, 2));
        confidentialNotes.grant(author, reference, note.id(), "lead.hillview");
        assertThat(confidentialNotes.sharedWith(lead)).extracting(org.safecase.notes.NoteEntry::id).contains(note.id());
        Long file = confidentialNotes.list(author, reference).notes().get(0).files().get(0).id();

        transaction.begin();
        caseDestroying.fire(new org.safecase.platform.CaseDestroying(caseFiles.idOf(reference), reference));
        transaction.commit();

        assertThat(confidentialNotes.list(author, reference).notes()).as("R-X-5: the notes went with the case").isEmpty();
        assertThat(confidentialNotes.mine(author)).noneMatch(n -> n.id().equals(note.id()));
        assertThat(confidentialNotes.sharedWith(lead)).as("and their grants").noneMatch(n -> n.id().equals(note.id()));
        assertThatThrownBy(() -> confidentialNotes.download(author, reference, note.id(), file)).as("and their files")
                .satisfies(e -> assertThat(org.safecase.platform.Failures.rootOf(e)).isInstanceOf(NotFoundException.class));
    }
}
