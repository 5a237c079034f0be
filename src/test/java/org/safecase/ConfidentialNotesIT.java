package org.safecase;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safecase.testing.ServerAddress;
import org.safecase.testing.SharedServer;
import org.safecase.testing.Api;
import org.safecase.testing.AxeAudit;
import org.safecase.testing.Browser;
import org.safecase.testing.PageSession;
import org.safecase.testing.ScreenshotOnFailure;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.TestUsers;
import org.safecase.testing.UploadSamples;
import org.safecase.testing.pages.SignInPage;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15 item 2, R-X-2: a staff member's confidential notes on their own case are read by them
 * and by the people they name, no one else: not the school's lead, head teacher or DSL, nor LA HR
 * (the case handed to them) or an LA admin, over REST, the pages (case, task, notes shared), the case register's export and search,
 * or a file's download address; naming one of them lets that one read it and nobody more; revoking
 * ends it at once. Each test reports its own case as a user made for it ({@link TestUsers}). That
 * the notes go with a destroyed case is proved in the server ({@code PlatformIT}).
 */
@ExtendWith({SharedServer.class, ScreenshotOnFailure.class})
@DisplayName("Issue #15 item 2: confidential notes (R-X-2)")
class ConfidentialNotesIT implements ScreenshotOnFailure.HasBrowser {
    /** Everyone who runs the case or the LA, and so must not read a note unless named. */
    private static final List<String> MANAGEMENT = List.of("lead.riverside", "head.riverside", "dsl.riverside",
            "hr.northshire", "admin.northshire");
    private static final Duration WAIT = Duration.ofSeconds(20);


    @ServerAddress
    URL base;

    private ChromeDriver driver;

    @Override
    public WebDriver browser() {
        return driver;
    }

    @AfterEach
    void closeBrowserAndRetireUsers() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        TestUsers.retireAll();
    }

    /** A staff case reported over REST by {@code reporter}; its reference. */
    private String staffCase(String reporter) {
        Api.Reply reported = Api.as(base, reporter).post("incidents", """
                {"category":"CYBERBULLYING","description":"Messages about me in a parents' group","occurredAt":"%s",
                 "platform":"ChatApp"}""".formatted(LocalDateTime.now().minusHours(2).withNano(0)));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        return reported.json().getString("reference");
    }

    /** A word found nowhere else: the text of the note, searched for everywhere it must not be. */
    private static String canary() {
        return "rxtwocanary" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static long audited(String action, String subject) {
        return TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject = ?", action, subject);
    }

    /** What {@code user} can reach of the case and its note over REST, the pages, export and search: nothing of the note. */
    private void assertSeesNothingOfTheNote(String user, String reference, long note, long file, String canary) {
        Api api = Api.as(base, user);
        Api.Reply listed = api.get("cases/" + reference + "/notes");
        assertThat(listed.status()).as(user + ": notes over REST " + listed.body()).isIn(200, 404);
        assertThat(listed.body()).as(user + ": notes over REST").doesNotContain(canary);
        if (listed.status() == 200) {
            assertThat(listed.json().getJsonArray("notes")).as(user + ": no note listed").isEmpty();
        }
        assertThat(api.get("cases/" + reference).body()).as(user + ": the case over REST").doesNotContain(canary);
        assertThat(api.get("cases/" + reference + "/timeline").body()).as(user + ": the timeline").doesNotContain(canary);
        assertThat(api.download("cases/" + reference + "/notes/" + note + "/files/" + file).statusCode())
                .as(user + ": the file's download address over REST").isEqualTo(404);
        Api.Reply search = api.get("cases/search?mention=" + canary);
        assertThat(search.status()).as(user + ": search " + search.body()).isEqualTo(200);
        assertThat(search.json().getJsonNumber("total").longValue()).as(user + ": the register search matches no note text")
                .isZero();
        HttpResponse<byte[]> export = api.download("cases/export?reference=" + reference);
        assertThat(export.statusCode()).as(user + ": export").isEqualTo(200);
        assertThat(new String(export.body(), StandardCharsets.UTF_8)).as(user + ": the CSV export").doesNotContain(canary);

        PageSession pages = PageSession.signedInAs(base, user);
        String casePage = pages.get("casefile/case.xhtml?ref=" + reference).body();
        assertThat(casePage).as(user + ": the case page").doesNotContain(canary).doesNotContain("id=\"confidentialNotes\"");
        assertThat(pages.get("notes/shared.xhtml").body()).as(user + ": notes shared with me").doesNotContain(canary);
        assertThat(pages.get("casefile/cases.xhtml").body()).as(user + ": the case register").doesNotContain(canary);
        assertThat(pages.get("notes/file?ref=" + reference + "&note=" + note + "&id=" + file).statusCode())
                .as(user + ": the file's download address on the pages").isEqualTo(404);
    }

    @Test
    void rx2_item2_managementSeesNoNoteUntilTheAuthorNamesOneOfThemAndRevokingEndsIt() throws Exception {
        String author = TestUsers.copyOf("staff.riverside");
        String reference = staffCase(author);
        String canary = canary();
        Api mine = Api.as(base, author);
        Api.Reply added = mine.post("cases/" + reference + "/notes", """
                {"marking":"UNION_BUSINESS","text":"Spoke to my union rep about %s"}""".formatted(canary));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long note = added.json().getJsonNumber("id").longValue();
        assertThat(added.json().getString("marking")).isEqualTo("UNION_BUSINESS");
        byte[] pdf = UploadSamples.plainPdf();
        Api.Reply attached = mine.postBytes("cases/" + reference + "/notes/" + note + "/files?fileName=minutes.pdf", pdf);
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        long file = attached.json().getJsonNumber("id").longValue();
        String fileSha = attached.json().getString("sha256");
        assertThat(mine.get("cases/" + reference + "/notes").body()).as("the author reads their note").contains(canary);
        assertThat(mine.download("cases/" + reference + "/notes/" + note + "/files/" + file).statusCode()).isEqualTo(200);
        String triage = Api.as(base, "lead.riverside").taskId(reference, "triageByLead");
        assertThat(Api.as(base, "lead.riverside").get("cases/search?mention=chatapp&reference=" + reference).json()
                .getJsonNumber("total").longValue()).as("the search finds what the report names").isEqualTo(1);

        assertThat(PageSession.signedInAs(base, "lead.riverside").get("inbox/task.xhtml?id=" + triage).body())
                .as("the lead's task page").contains(reference).doesNotContain(canary);
        Api.Reply handedToHr = Api.as(base, "lead.riverside").completeTask(reference, "triageByLead", Map.of(
                "severity", "MEDIUM", "mayBeCriminal", "false", "perpetrator", "COLLEAGUE", "removalNeeded", "false",
                "posterKnown", "false", "maliciousClaimByPupil", "false"));
        assertThat(handedToHr.status()).as(handedToHr.body()).isEqualTo(200);
        Api.Reply seenByHr = Api.as(base, "hr.northshire").get("cases/" + reference);
        assertThat(seenByHr.status()).as("a colleague perpetrator: the case is handed to LA HR " + seenByHr.body())
                .isEqualTo(200);
        assertThat(seenByHr.json().getString("status")).isEqualTo("WITH_HR");

        for (String user : MANAGEMENT) {
            assertSeesNothingOfTheNote(user, reference, note, file, canary);
        }
        assertThat(Api.as(base, "lead.riverside").get("cases/" + reference + "/access-log").body())
                .as("the case's access log tells nothing of the notes").doesNotContain("confidential note");

        Api.Reply granted = mine.post("cases/" + reference + "/notes/" + note + "/grants", """
                {"username":"dsl.riverside"}""");
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        long grant = granted.json().getJsonNumber("id").longValue();
        assertThat(mine.get("cases/" + reference + "/notes").json().getJsonArray("notes").getJsonObject(0)
                .getJsonArray("grants")).as("the author sees whom they let in").hasSize(1);

        Api dsl = Api.as(base, "dsl.riverside");
        Api.Reply read = dsl.get("cases/" + reference + "/notes");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonObject shared = read.json().getJsonArray("notes").getJsonObject(0);
        assertThat(shared.getString("text")).contains(canary);
        assertThat(shared.getJsonArray("grants")).as("who else was let in is the author's to know").isEmpty();
        HttpResponse<byte[]> downloaded = dsl.download("cases/" + reference + "/notes/" + note + "/files/" + file);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(sha256(downloaded.body())).isEqualTo(fileSha);
        assertThat(dsl.get("cases/" + reference).status()).as("a note shared is not the case shared").isEqualTo(404);
        PageSession dslPages = PageSession.signedInAs(base, "dsl.riverside");
        String sharedPage = dslPages.get("notes/shared.xhtml").body();
        assertThat(sharedPage).contains(canary).contains(reference).contains("id=\"navSharedNotes\"");
        assertThat(dslPages.get("notes/file?ref=" + reference + "&note=" + note + "&id=" + file).statusCode()).isEqualTo(200);
        for (String user : MANAGEMENT.stream().filter(u -> !u.equals("dsl.riverside")).toList()) {
            assertSeesNothingOfTheNote(user, reference, note, file, canary);
        }

        Api.Reply revoked = mine.delete("cases/" + reference + "/notes/" + note + "/grants/" + grant);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().getString("revokedAt")).isNotBlank();
        assertSeesNothingOfTheNote("dsl.riverside", reference, note, file, canary);
        assertThat(dslPages.get("notes/shared.xhtml").body()).as("the session already open reads nothing more")
                .doesNotContain(canary).doesNotContain("id=\"navSharedNotes\"");
        assertThat(mine.get("cases/" + reference + "/notes").json().getJsonArray("notes").getJsonObject(0)
                .getJsonArray("grants").getJsonObject(0).getString("revokedAt")).as("the revoked grant stays on record").isNotBlank();

        String noteSubject = "note:" + note;
        assertThat(audited("NOTE_ADDED", noteSubject)).isEqualTo(1);
        assertThat(audited("NOTE_FILE_ADDED", noteSubject + ":file:" + file)).isEqualTo(1);
        assertThat(audited("NOTE_ACCESS_GRANTED", noteSubject + ":grant:" + grant)).isEqualTo(1);
        assertThat(audited("NOTE_ACCESS_REVOKED", noteSubject + ":grant:" + grant)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_VIEWED' AND subject = ? "
                + "AND actor_id = ?", noteSubject, TestUsers.idOf("dsl.riverside"))).as("the grantee's reads").isPositive();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_FILE_DOWNLOADED' AND subject = ? "
                + "AND actor_id = ?", noteSubject + ":file:" + file, TestUsers.idOf("dsl.riverside"))).isEqualTo(2);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE action = 'NOTE_REFUSED' AND subject = ? "
                + "AND actor_id = ?", noteSubject + ":file:" + file, TestUsers.idOf("head.riverside")))
                .as("each refused download, on the record").isEqualTo(4);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE subject LIKE ?", "%" + canary + "%"))
                .as("audit rows hold ids, never the note").isZero();
    }

    @Test
    void rx2_item2_onlyTheReporterKeepsNotesAndRefusalsAreAnsweredInWordsAndRecorded() {
        String author = TestUsers.copyOf("staff.riverside");
        String reference = staffCase(author);
        String notes = "cases/" + reference + "/notes";

        Api.Reply byLead = Api.as(base, "lead.riverside").post(notes, """
                {"marking":"PERSONAL","text":"Not the lead's to keep"}""");
        assertThat(byLead.status()).as(byLead.body()).isEqualTo(403);
        assertThat(byLead.json().getString("message")).contains("Only the staff member who reported this case");
        assertThat(Api.as(base, "lead.hillview").post(notes, """
                {"marking":"PERSONAL","text":"Another school"}""").status()).as("another school learns nothing").isEqualTo(404);
        assertThat(Api.as(base, TestUsers.copyOf("staff.riverside")).post(notes, """
                {"marking":"PERSONAL","text":"A colleague"}""").status()).isEqualTo(404);
        assertThat(audited("NOTE_REFUSED", "notes:" + reference)).isEqualTo(3);

        Api mine = Api.as(base, author);
        Api.Reply wrongType = mine.post(notes, """
                {"marking":true,"text":"x"}""");
        assertThat(wrongType.status()).as("strict JSON: " + wrongType.body()).isEqualTo(400);
        assertThat(wrongType.body()).contains("marking");
        Api.Reply noMarking = mine.post(notes, """
                {"marking":"MANAGEMENT","text":"x"}""");
        assertThat(noMarking.status()).isEqualTo(400);
        assertThat(noMarking.body()).contains("personal or union business");
        assertThat(mine.post(notes, """
                {"marking":"PERSONAL","text":"  "}""").status()).isEqualTo(400);
        assertThat(mine.post(notes, """
                {"marking":"PERSONAL","text":"x","secret":true}""").status()).as("unknown field").isEqualTo(400);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM confidential_note n JOIN incident i ON i.id = n.incident_id "
                + "WHERE i.reference = ?", reference)).as("nothing kept").isZero();

        long note = mine.post(notes, """
                {"marking":"PERSONAL","text":"How I felt after the meeting"}""").json().getJsonNumber("id").longValue();
        Api.Reply refusedFile = mine.postBytes(notes + "/" + note + "/files?fileName=tool.pdf", "MZ not a document".getBytes());
        assertThat(refusedFile.status()).as("screened as evidence is: " + refusedFile.body()).isEqualTo(400);
        Api.Reply unknown = mine.post(notes + "/" + note + "/grants", """
                {"username":"nobody.at.all"}""");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("no active user of that name");
        assertThat(mine.post(notes + "/" + note + "/grants", """
                {"username":"%s"}""".formatted(author)).status()).as("not oneself").isEqualTo(400);
        assertThat(mine.post(notes + "/" + note + "/grants", """
                {"username":7}""").status()).as("strict JSON").isEqualTo(400);
        Api.Reply byHead = Api.as(base, "head.riverside").post(notes + "/" + note + "/grants", """
                {"username":"head.riverside"}""");
        assertThat(byHead.status()).as("only the author shares: " + byHead.body()).isEqualTo(404);
        assertThat(Api.as(base, "head.riverside").delete(notes + "/" + note + "/grants/1").status()).isEqualTo(404);
        assertThat(audited("NOTE_REFUSED", "note:" + note)).as("sharing and taking back, refused").isEqualTo(2);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM confidential_note_grant WHERE note_id = ?", note)).isZero();
    }

    @Test
    void rx2_item2_theAuthorKeepsAndSharesANoteOnThePhoneSizedCasePageByKeyboardAndTakesItBack() {
        String author = TestUsers.copyOf("staff.riverside");
        String reference = staffCase(author);
        String canary = canary();
        driver = Browser.start();
        driver.manage().window().setSize(new Dimension(390, 844));
        AxeAudit axe = new AxeAudit(driver);
        signIn(author);
        openCase(reference);
        axe.check("case page, the reporter's confidential notes, none yet");
        assertThat(driver.findElement(By.id("notesNone")).getText()).contains("no confidential notes");

        driver.findElement(By.id("noteAdd:add")).sendKeys(Keys.ENTER);
        waitFor(By.id("noteMarkingProblem"));
        axe.check("case page, a note refused");
        assertThat(driver.findElement(By.id("noteAdd:text")).getAttribute("aria-invalid")).isEqualTo("true");

        WebElement unionBusiness = driver.findElement(By.cssSelector("input[name='noteAdd:marking'][value='UNION_BUSINESS']"));
        unionBusiness.sendKeys(Keys.SPACE);
        assertThat(unionBusiness.isSelected()).isTrue();
        driver.findElement(By.id("noteAdd:text")).sendKeys("Meeting with my union rep: " + canary);
        driver.findElement(By.id("noteAdd:add")).sendKeys(Keys.ENTER);
        WebElement kept = waitFor(By.cssSelector("li.note"));
        assertThat(kept.getText()).contains(canary).contains("Union business");
        assertThat(kept.findElement(By.cssSelector(".note-only-you")).getText()).isEqualTo("Only you.");
        axe.check("case page, a note kept");
        assertFitsTheScreen("case page with a note");

        WebElement grantTo = kept.findElement(By.cssSelector("input[data-grant-to]"));
        grantTo.sendKeys("lead.riverside", Keys.ENTER);
        WebElement grant = waitFor(By.cssSelector("li.grant-active"));
        assertThat(grant.getText()).contains("since");
        axe.check("case page, a note shared");
        assertFitsTheScreen("case page with a note shared");

        driver.manage().deleteAllCookies();
        signIn("lead.riverside");
        openCase(reference);
        assertThat(waitFor(By.id("confidentialNotes")).getText()).as("the lead, named, reads it on the case page")
                .contains(canary);
        assertThat(driver.findElements(By.id("noteAdd"))).as("and adds nothing").isEmpty();
        assertThat(driver.findElements(By.cssSelector("input[data-grant-to]"))).as("nor shares it on").isEmpty();
        driver.findElement(By.id("menuButton")).click();
        driver.findElement(By.id("navSharedNotes")).sendKeys(Keys.ENTER);
        assertThat(waitFor(By.id("sharedNotes")).getText()).contains(canary).contains(reference);
        axe.check("notes shared with me");

        driver.manage().deleteAllCookies();
        signIn(author);
        openCase(reference);
        driver.findElement(By.cssSelector("li.grant-active .note-revoke")).sendKeys(Keys.ENTER);
        assertThat(waitFor(By.cssSelector("li.grant-revoked")).getText()).contains("access taken back");
        driver.get(base + "casefile/mine.xhtml");
        assertThat(waitFor(By.id("myNotesTable")).getText()).contains(reference).contains("Only you")
                .doesNotContain(canary);
        axe.check("my reports, with my confidential notes");

        driver.manage().deleteAllCookies();
        signIn("lead.riverside");
        openCase(reference);
        assertThat(driver.findElement(By.id("main")).getText()).as("revoking ends it at once").doesNotContain(canary);
        assertThat(driver.findElements(By.id("navSharedNotes"))).isEmpty();
        axe.assertNoSeriousOrCriticalViolations();
        assertThat(Browser.cspViolations(driver)).as("Content-Security-Policy violations").isEmpty();
    }

    private void signIn(String username) {
        driver.get(base.toString());
        new SignInPage(driver).signIn(username, Api.PASSWORD);
    }

    private void openCase(String reference) {
        driver.get(base + "casefile/case.xhtml?ref=" + URLEncoder.encode(reference, StandardCharsets.UTF_8));
        waitFor(By.id("main"));
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private void assertFitsTheScreen(String page) {
        Map<?, ?> sizes = (Map<?, ?>) driver.executeScript(
                "return {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth};");
        assertThat(((Number) sizes.get("scrollWidth")).intValue()).as(page + ": no wider than the screen " + sizes)
                .isLessThanOrEqualTo(((Number) sizes.get("innerWidth")).intValue());
    }
}
