package org.safecase;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.safecase.testing.Browser;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.BrowserJourney;
import org.safecase.testing.TestDatabase;
import org.safecase.testing.pages.CasePage;
import org.safecase.testing.pages.InboxPage;
import org.safecase.testing.pages.MyReportsPage;
import org.safecase.testing.pages.ReportPage;
import org.safecase.testing.pages.SignInPage;
import org.safecase.testing.pages.TaskPage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first slice through a real browser: a member of staff reports an incident, the school's
 * online-safety lead finds it in the inbox, claims and completes the triage task.
 */
class StaffReportJourneyBrowserIT extends BrowserJourney {
    private String reportOverRest(boolean immediateDanger, String description) {
        return Api.as(base, "staff.riverside").post("incidents", """
                {"category":"CYBERBULLYING","description":"%s","occurredAt":"%s","immediateDanger":%s}
                """.formatted(description, LocalDateTime.now().minusHours(1).withNano(0), immediateDanger)).json()
                .getString("reference");
    }

    @Test
    void issue10_item2_item3_aLeadFiltersToUrgentAndOverdueOpensATaskInOneClickAndReturnsToTheInbox() {
        String urgent = reportOverRest(true, "Threats outside my home");
        String overdue = reportOverRest(false, "Insults on a forum");
        Api lead = Api.as(base, "lead.riverside");
        String overdueTask = lead.taskId(overdue, "triageByLead");
        TestDatabase.taskDueAt(overdueTask, java.time.Instant.now().minus(java.time.Duration.ofDays(3)));
        assertThat(java.time.Instant.parse(lead.task(urgent, "triageByLead").getString("dueAt")))
                .as("the ordinary task is due before the urgent one").isAfter(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));

        signInPage().signIn("lead.riverside", Api.PASSWORD);
        driver.get(base + "inbox/inbox.xhtml");
        InboxPage inbox = new InboxPage(driver);
        assertThat(inbox.counts()).matches("\\(\\d+ waiting, [1-9]\\d* urgent, [1-9]\\d* overdue\\)");
        assertThat(inbox.position(urgent)).as("urgent first, though an ordinary task is due earlier")
                .isGreaterThanOrEqualTo(0).isLessThan(inbox.position(overdue));

        inbox.filter(true, false);
        assertThat(inbox.everyRowMarked("urgent-marker")).isTrue();
        assertThat(inbox.shows(urgent)).isTrue();
        inbox.filter(false, true);
        assertThat(inbox.everyRowMarked("overdue-marker")).as("overdue in words, not colour alone").isTrue();
        assertThat(inbox.shows(overdue)).isTrue();
        assertThat(inbox.dueOf(overdue)).contains("Overdue:");
        driver.get(base + "inbox/inbox.xhtml");
        inbox = new InboxPage(driver);
        assertThat(inbox.isChecked("inbox:overdue")).as("the last filter is kept").isTrue();

        TaskPage triage = inbox.open(overdue, "Lead triages report");
        assertThat(triage.title()).isEqualTo("Lead triages report");
        assertThat(lead.task(overdue, "triageByLead").getString("assignee")).as("one click claimed it").startsWith("user:");
        var landing = triage.answer(Answers.SIMPLE_TRIAGE).complete();
        assertThat(landing.message()).contains("completed").contains(overdue);
        if (lead.get("tasks?size=100&reference=" + overdue).json().getJsonArray("tasks").isEmpty()) {
            assertThat(landing.isInbox()).as("nothing more on this case: back to the inbox").isTrue();
        } else {
            assertThat(landing.isTask()).as("the same case's next step").isTrue();
            assertThat(landing.asTask().caseReference()).isEqualTo(overdue);
        }
        driver.get(base + "inbox/inbox.xhtml");
        new InboxPage(driver).clearFilter().signOut();
    }

    @Test
    void R_ST_1_R_X_3_staffReportsAndLeadClaimsAndCompletesTriage() throws java.io.IOException {
        signInPage().signIn("staff.riverside", Api.PASSWORD);
        driver.get(base + "intake/report.xhtml");
        ReportPage report = new ReportPage(driver);
        assertThat(report.guidance()).contains("999").contains("101").contains("Do not reply to, engage with or retaliate")
                .contains("Keep the evidence");
        long incidentsBefore = TestDatabase.incidents();

        report.category("Cyberbullying of a member of staff").next()
                .description("Posts on a parents' group mocking me by name")
                .occurredAt(LocalDateTime.now().minusDays(1)).next()
                .platform("Parents' chat group")
                .locationUrl("https://social.example/groups/parents/post/42").next()
                .perpetrator("A parent or carer")
                .immediateDanger(false)
                .policeWanted(true).next()
                .submit();

        Matcher found = REFERENCE.matcher(report.receipt());
        assertThat(found.find()).as(report.receipt()).isTrue();
        String reference = found.group();
        assertThat(TestDatabase.incidents()).isEqualTo(incidentsBefore + 1);
        assertThat(TestDatabase.string("SELECT CONCAT(status, ':', perpetrator_kind, ':', police_wanted, ':', immediate_danger) "
                + "FROM incident WHERE reference = ?", reference)).isEqualTo("REPORTED:PARENT_CARER:1:0");
        report.signOut();

        signInPage().signIn("lead.riverside", Api.PASSWORD);
        driver.get(base + "inbox/inbox.xhtml");
        InboxPage inbox = new InboxPage(driver);
        assertThat(inbox.shows(reference)).isTrue();
        assertThat(inbox.taskNameFor(reference)).isEqualTo("Lead triages report");
        TaskPage triage = inbox.open(reference);
        assertThat(triage.title()).as("issue #10 item 3: one click opens the task, claimed").isEqualTo("Lead triages report");
        triage.answer("severity", "LOW").completeExpectingProblems();
        assertThat(triage.problems()).contains("Who is responsible?").contains("May it be criminal?");
        assertThat(TestDatabase.string("SELECT status FROM incident WHERE reference = ?", reference)).isEqualTo("REPORTED");

        assertThat(new TaskPage(driver).answer(Answers.SIMPLE_TRIAGE).complete().message()).contains("completed")
                .contains(reference);
        CasePage casePage = casePage(reference);
        assertThat(TestDatabase.string("SELECT status FROM incident WHERE reference = ?", reference)).isEqualTo("TRIAGED");
        assertThat(casePage.status()).isEqualTo("Triaged");
        assertThat(casePage.timeline()).contains("Incident reported — Sam Staff").contains("Lead triages report — Lee Lead");
        assertThat(casePage.openSteps()).as("the staff member asked for the police")
                .contains("Lead considers police involvement with the staff member");
        java.nio.file.Path capture = java.nio.file.Files.write(java.nio.file.Files.createTempFile(
                java.nio.file.Path.of("target"), "capture-", ".txt"), org.safecase.testing.UploadSamples.png(4, 3));
        assertThat(casePage.addFile(capture).evidence()).as("named by its content").contains(".png").contains("SHA-256");
        java.nio.file.Path program = java.nio.file.Files.write(java.nio.file.Files.createTempFile(
                java.nio.file.Path.of("target"), "photo-", ".png"), "MZ program".getBytes());
        assertThat(new CasePage(driver).addFile(program).fileProblem()).contains("whatever its name says");
        assertThat(casePage.description()).contains("mocking me by name");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_event WHERE subject = ?", reference))
                .as("reported, claimed, completed and viewed").isGreaterThanOrEqualTo(4);
    }

    /**
     * The staff-case journey of #3: cyberbullying by a parent; the lead triages, the parent refuses
     * to remove the post, the provider takes it down after the lead records where it is; the
     * staff member is not satisfied at closure and is shown the union's advice lines.
     */
    @Test
    void R_ST_5_R_ST_6_R_ST_13_parentRefusesRemovalProviderTakesDownStaffNotSatisfied() {
        signInPage().signIn("staff.riverside", Api.PASSWORD);
        driver.get(base + "intake/report.xhtml");
        ReportPage report = new ReportPage(driver);
        report.category("Cyberbullying of a member of staff").next()
                .description("A parent posts insults about me").occurredAt(LocalDateTime.now().minusHours(5)).next()
                .platform("Social Example").locationUrl("https://social.example/p/9").next()
                .perpetrator("A parent or carer").immediateDanger(false).policeWanted(false).next()
                .submit();
        Matcher found = REFERENCE.matcher(report.receipt());
        assertThat(found.find()).isTrue();
        String reference = found.group();
        report.signOut();
        String today = LocalDate.now().toString();
        signInPage().signIn("lead.riverside", Api.PASSWORD);

        step(reference, "Lead triages report", Map.of("severity", "MEDIUM", "mayBeCriminal", "true",
                "perpetrator", "PARENT_CARER", "removalNeeded", "true", "posterKnown", "true", "maliciousClaimByPupil", "false"));
        step(reference, "Lead considers police involvement with the staff member",
                Map.of("staffMemberConsulted", "true", "policeInvolved", "true"));
        step(reference, "Record the police referral", Map.of("policeRoute", "NON_EMERGENCY_101",
                "crimeReference", "CR-2026-1234", "referredOn", today));
        step(reference, "Record police clearance for the school's own steps", Map.of("policeClearedOn", today));
        TaskPage ask = openStep(reference, "Lead asks the poster to remove the material");
        String letterType = (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('task:removalLetter').href)"
                + ".then(r => done(r.status + ' ' + r.headers.get('Content-Type')));");
        assertThat(letterType).as("the removal-request letter, from the page").isEqualTo("200 application/pdf");
        assertThat(ask.answer(Map.of("removalRequestedOn", today)).complete().message()).contains("completed");
        step(reference, "Record the poster's response", Map.of("removalOutcome", "REFUSED"));
        step(reference, "Lead records where the material is",
                Map.of("materialUrl", "https://social.example/p/9", "capturedOn", today));
        TaskPage toProvider = openStep(reference, "Lead reports the material to the provider")
                .answer(Map.of("provider", "Social Example", "materialIllegal", "false"))
                .completeExpectingProblems();
        assertThat(toProvider.problems()).contains("name the provider's term of use");
        toProvider.answer(Map.of("provider", "Social Example", "materialIllegal", "false",
                "termBroken", "Bullying and harassment", "providerReference", "SE-42")).complete();
        CasePage recorded = step(reference, "Record the provider's decision", Map.of("takedownOutcome", "REMOVED"));
        driver.get(base + "casefile/case.xhtml?ref=" + reference);
        recorded = new CasePage(driver);
        assertThat(recorded.record()).as("issue #8: the lead sees the poster's answer, the provider's and the police's references")
                .contains("Poster's answer").contains("Refused")
                .contains("Provider's reference").contains("SE-42")
                .contains("Crime reference").contains("CR-2026-1234");
        step(reference, "Apply the school's procedure for parental conduct",
                Map.of("procedureSeverity", "MEDIUM", "sanction", "Meeting and letter to the parent"));
        driver.get(base + "casefile/case.xhtml?ref=" + reference);
        assertThat(new CasePage(driver).record()).as("issue #8: the school procedure and its sanction recorded")
                .contains("Procedure for parental conduct").contains("Meeting and letter to the parent");
        step(reference, "Lead records the support offered to the staff member",
                Map.of("supportOffered", "Employee assistance programme", "supportOfferedOn", today));
        step(reference, "Lead records the outcome of the case", Map.of("caseOutcome", "Post removed"));
        new CasePage(driver).signOut();

        signInPage().signIn("staff.riverside", Api.PASSWORD);
        driver.get(base + "inbox/inbox.xhtml");
        TaskPage satisfaction = new InboxPage(driver)
                .work(reference, "Staff member says whether they are satisfied with how it was handled");
        assertThat(satisfaction.caseSoFar()).as("R-ST-13: the support and the outcome are shown before the question")
                .contains("Employee assistance programme").contains("Post removed");
        CasePage answered = satisfaction.answer("satisfied", "false").complete().asCase();
        assertThat(answered.adviceLines()).contains("0345 811 811").contains("029 2046 5000").contains("028 9078 2020");
        answered.signOut();

        signInPage().signIn("head.riverside", Api.PASSWORD);
        driver.get(base + "inbox/inbox.xhtml");
        new InboxPage(driver).claimAndWork(reference, "Head teacher reviews how the case was handled")
                .answer("reviewFindings", "Removal was slow; the lead will chase providers sooner").complete();
        CasePage closed = casePage(reference);
        assertThat(closed.status()).isEqualTo("Closed");
        assertThat(closed.record()).contains("Removal was slow; the lead will chase providers sooner");
        assertThat(TestDatabase.string("SELECT CONCAT(status, ':', reporter_satisfied, ':', advice_lines_given) "
                + "FROM incident WHERE reference = ?", reference)).isEqualTo("CLOSED:0:1");
        closed.signOut();
        signInPage().signIn("staff.riverside", Api.PASSWORD);
        driver.get(base + "casefile/mine.xhtml");
        assertThat(new MyReportsPage(driver).statusOf(reference)).isEqualTo("Closed");
    }

    @Test
    void R_ST_7_R_ST_8_theImpersonationAndPhoneStepsShowTheDirectorysRoutesAndTheCaseSoFar() {
        String impersonation = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"IMPERSONATION","description":"A fake account uses my photos","occurredAt":"%s",
                 "platform":"Instagram","locationUrl":"https://instagram.example/fake.teacher"}
                """.formatted(LocalDateTime.now().minusHours(2).withNano(0))).json().getString("reference");
        Api lead = Api.as(base, "lead.riverside");
        assertThat(lead.completeTask(impersonation, "triageByLead", Answers.SIMPLE_TRIAGE).status()).isEqualTo(200);
        signInPage().signIn("lead.riverside", Api.PASSWORD);
        TaskPage complaint = openStep(impersonation, "Lead helps the staff member prove identity and complain to the provider");
        assertThat(complaint.directoryHelp()).as("R-ST-7: the platform named in the report, with its reporting route")
                .contains("Instagram").contains("Report to Instagram");
        assertThat(complaint.caseSoFar()).contains("A fake account uses my photos").contains("Triage");
        complaint.signOut();

        String calls = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"PHONE_ABUSE","description":"Withheld-number calls at night","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(2).withNano(0))).json().getString("reference");
        assertThat(lead.completeTask(calls, "triageByLead", Answers.SIMPLE_TRIAGE).status()).isEqualTo(200);
        signInPage().signIn("staff.riverside", Api.PASSWORD);
        driver.get(base + "inbox/inbox.xhtml");
        TaskPage network = new InboxPage(driver).work(calls, "Staff member reports the calls to their phone network");
        assertThat(network.directoryHelp()).as("R-ST-8: the networks' nuisance-call lines")
                .contains("Vodafone").contains("O2").contains("EE");
    }

    @Test
    void R_ST_9_hrOfficerSeesOnlyTheHandedOverColleagueCaseAndSendsTheOutcomeBack() {
        Api staff = Api.as(base, "staff.riverside");
        Api lead = Api.as(base, "lead.riverside");
        String colleagueCase = staff.post("incidents", """
                {"category":"CYBERBULLYING","description":"A colleague shares mocking memes of me; pupil Jo saw them","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(2).withNano(0))).json().getString("reference");
        String pupilCase = staff.post("incidents", """
                {"category":"CYBERBULLYING","description":"A pupil posts about me","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(2).withNano(0))).json().getString("reference");
        Map<String, String> triage = new java.util.HashMap<>(Answers.SIMPLE_TRIAGE);
        triage.put("perpetrator", "COLLEAGUE");
        assertThat(lead.completeTask(colleagueCase, "triageByLead", triage).status()).isEqualTo(200);
        triage.put("perpetrator", "PUPIL");
        assertThat(lead.completeTask(pupilCase, "triageByLead", triage).status()).isEqualTo(200);

        signInPage().signIn("hr.northshire", Api.PASSWORD);
        driver.get(base + "inbox/inbox.xhtml");
        assertThat(new InboxPage(driver).shows(pupilCase)).isFalse();
        driver.get(base + "inbox/inbox.xhtml");
        assertThat(new InboxPage(driver).shows(colleagueCase)).isTrue();
        driver.get(base + "casefile/case.xhtml?ref=" + colleagueCase);
        CasePage handedOver = new CasePage(driver);
        assertThat(handedOver.status()).isEqualTo("With HR");
        assertThat(handedOver.record()).as("HR sees the hand-off summary only").contains("Hand-off to HR")
                .contains("Riverside Primary School").doesNotContain("Triage");
        assertThat(driver.getPageSource()).as("no free text: it may name pupils").doesNotContain("pupil Jo");
        driver.get(base + "casefile/case.xhtml?ref=" + pupilCase);
        assertThat(driver.getPageSource()).contains("There is no case with that reference that you can see");

        driver.get(base + "inbox/inbox.xhtml");
        new InboxPage(driver).claimAndWork(colleagueCase, "HR officer handles the staff disciplinary case")
                .answer("disciplinaryOutcome", "Final written warning").complete();

        assertThat(lead.get("cases/" + colleagueCase).body()).as("HR's outcome in the school's case record")
                .contains("Final written warning").contains("\"status\":\"IN_PROGRESS\"");
    }

    @Test
    void leadOfAnotherSchoolSeesNeitherTheTaskNorTheCase() {
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"IMPERSONATION","description":"Fake profile using my photo","occurredAt":"%s"}
                """.formatted(LocalDateTime.now().minusHours(3).withNano(0))).json().getString("reference");

        signInPage().signIn("lead.hillview", Api.PASSWORD);
        driver.get(base + "inbox/inbox.xhtml");
        assertThat(new InboxPage(driver).shows(reference)).isFalse();
        driver.get(base + "casefile/case.xhtml?ref=" + reference);
        new CasePage(driver);
        assertThat(driver.getPageSource()).contains("There is no case with that reference that you can see")
                .doesNotContain("Fake profile");

        driver.get(base + "takedown/providers.xhtml");
        assertThat(driver.findElement(org.openqa.selenium.By.id("providers:list")).getText())
                .contains("Professionals Online Safety Helpline").contains("0844 381 4772").contains("Vodafone");
        assertThat(driver.findElements(org.openqa.selenium.By.id("entry:save"))).as("only LA admins edit").isEmpty();
    }

    @Test
    void issue10_item5_aDoubleClickOnSendMakesOneCase() {
        signInPage().signIn("staff.hillview", Api.PASSWORD);
        driver.get(base + "intake/report.xhtml");
        ReportPage report = new ReportPage(driver).category("Other online-safety concern").next()
                .description("Comments about me under a school post").occurredAt(LocalDateTime.now().minusHours(5)).next()
                .next().next();
        assertThat(report.sendGuardsAgainstASecondClick()).as("Send is disabled once clicked").isTrue();
        long before = TestDatabase.incidents();
        report.submitTwice();
        Matcher found = REFERENCE.matcher(report.receipt());
        assertThat(found.find()).as(report.receipt()).isTrue();
        assertThat(TestDatabase.incidents()).as("the form token lets the server make one case").isEqualTo(before + 1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM report_submission WHERE reference = ?", found.group()))
                .isEqualTo(1);
    }

    @Test
    void badReportShowsWhatToFixAndStoresNothing() {
        signInPage().signIn("staff.riverside", Api.PASSWORD);
        driver.get(base + "intake/report.xhtml");
        long incidentsBefore = TestDatabase.incidents();

        ReportPage report = new ReportPage(driver).next();
        assertThat(driver.getPageSource()).contains("Choose what kind of incident this is.");

        report.category("Other online-safety concern").next().next();
        assertThat(driver.getPageSource()).contains("Describe what happened.").contains("Give the date and time it happened");
        report.pasteDescription("z".repeat(102_400)).occurredAt(LocalDateTime.now().plusDays(2)).next();
        assertThat(driver.getPageSource()).contains("at most 10,000 characters (this is 102,400)")
                .contains("cannot be in the future");
        assertThat(TestDatabase.incidents()).isEqualTo(incidentsBefore);
    }

    @Test
    void aReportLeftMidWayIsKeptAsADraftForItsReporterOnly() {
        signInPage().signIn("staff.hillview", Api.PASSWORD);
        driver.get(base + "intake/report.xhtml");
        new ReportPage(driver).category("Impersonation: a fake account or site").next()
                .description("Someone made a profile with my name").occurredAt(LocalDateTime.now().minusDays(3)).next();

        driver.get(base + "index.xhtml");
        driver.get(base + "intake/report.xhtml");
        ReportPage resumed = new ReportPage(driver);
        assertThat(driver.getPageSource()).contains("We kept what you had written");
        assertThat(resumed.category()).isEqualTo("Impersonation: a fake account or site");
        assertThat(resumed.next().description()).isEqualTo("Someone made a profile with my name");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM report_draft d JOIN app_user u ON u.id = d.reporter_id "
                + "WHERE u.username = 'staff.hillview'")).isEqualTo(1);

        resumed.next().next().next().submit();
        assertThat(resumed.receipt()).contains("SC-");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM report_draft d JOIN app_user u ON u.id = d.reporter_id "
                + "WHERE u.username = 'staff.hillview'")).as("the draft goes with the report").isZero();
    }

    @Test
    void R_ST_6_laAdminKeepsTheProviderDirectory() {
        signInPage().signIn("admin.northshire", Api.PASSWORD);
        driver.get(base + "takedown/providers.xhtml");
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20));
        org.openqa.selenium.By name = org.openqa.selenium.By.id("entry:name");
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(name)).sendKeys("Northshire Schools Helpline");
        new org.openqa.selenium.support.ui.Select(driver.findElement(org.openqa.selenium.By.id("entry:kindName"))).selectByValue("HELPLINE");
        driver.findElement(org.openqa.selenium.By.id("entry:save")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.id("entry"), "Say how to report to this provider."));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM provider WHERE name = 'Northshire Schools Helpline'")).isZero();

        driver.findElement(org.openqa.selenium.By.id("entry:reportingRoute")).sendKeys("Ring the LA duty officer");
        driver.findElement(org.openqa.selenium.By.id("entry:save")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.id("providers:list"), "Northshire Schools Helpline"));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM provider WHERE name = 'Northshire Schools Helpline'")).isEqualTo(1);
    }

    @Test
    void item4_aLeadFindsACaseInTheRegisterByPartOfTheAccountTheReportNames() {
        String account = "Rumour_Mill_" + System.nanoTime();
        String reference = Api.as(base, "staff.riverside").post("incidents", """
                {"category":"CYBERBULLYING","description":"Rumours about a teacher","occurredAt":"%s","accountName":"%s"}
                """.formatted(java.time.LocalDateTime.now().minusHours(1).withNano(0), account)).json()
                .getString("reference");
        signInPage().signIn("lead.riverside", Api.PASSWORD);
        driver.get(base + "casefile/cases.xhtml");
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20));
        org.openqa.selenium.By mention = org.openqa.selenium.By.id("casesForm:mention");
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(mention));

        driver.findElement(mention).sendKeys("ab");
        driver.findElement(org.openqa.selenium.By.id("casesForm:search")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.id("casesForm:messages"), "characters of the platform, account"));

        driver.findElement(mention).clear();
        driver.findElement(mention).sendKeys(account.substring(6).toLowerCase());
        // The register lists the newest cases before any search: wait for the search's own answer.
        org.openqa.selenium.WebElement listedBefore = driver.findElement(org.openqa.selenium.By.id("casesForm:cases_data"));
        driver.findElement(org.openqa.selenium.By.id("casesForm:search")).click();
        Browser.waitUntilReplaced(driver, listedBefore, java.time.Duration.ofSeconds(20));
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.id("casesForm:cases"), reference));
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#casesForm\\:cases a.case-link")))
                .as("only the case naming that account").hasSize(1);
    }

    @Test
    void R_X_1_headTeacherKeepsTheSchoolsClosureDates() {
        signInPage().signIn("head.riverside", Api.PASSWORD);
        driver.get(base + "calendar/closures.xhtml");
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20));
        org.openqa.selenium.By first = org.openqa.selenium.By.id("closures:firstDay");
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(first));
        String reason = "Staff training " + System.nanoTime();
        java.time.LocalDate firstDay = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusMonths(2);
        setValue("closures:firstDay", firstDay.toString());
        setValue("closures:lastDay", firstDay.minusDays(3).toString());
        driver.findElement(org.openqa.selenium.By.id("closures:reason")).sendKeys(reason);
        driver.findElement(org.openqa.selenium.By.id("closures:add")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.id("closures"), "The last day cannot be before the first day."));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM school_closure WHERE reason = ?", reason)).isZero();

        setValue("closures:lastDay", firstDay.plusDays(1).toString());
        driver.findElement(org.openqa.selenium.By.id("closures:add")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                org.openqa.selenium.By.id("closures:list"), reason));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM school_closure WHERE reason = ?", reason)).isEqualTo(1);

        driver.findElement(org.openqa.selenium.By.cssSelector("button[title='Remove " + reason + "']")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.not(
                org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                        org.openqa.selenium.By.id("closures:list"), reason)));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM school_closure WHERE reason = ?", reason)).isZero();
    }

    private void setValue(String id, String value) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    @Test
    void R_SX_2_choosingNudeImagesShowsTheChildProtectionGuidanceAndOnlyTheDslGetsIt() {
        signInPage().signIn("staff.riverside", Api.PASSWORD);
        driver.get(base + "intake/report.xhtml");
        ReportPage report = new ReportPage(driver)
                .category("Nude or semi-nude images of a pupil (child protection)").next();
        assertThat(driver.findElement(org.openqa.selenium.By.id("report:childProtectionGuidance")).getText())
                .contains("switch it off").contains("Never view, copy, print, forward or screenshot")
                .contains("only the designated safeguarding lead");
        report.description("A pupil told me an image of a classmate is being passed round")
                .occurredAt(LocalDateTime.now().minusHours(2)).next().next().next().submit();
        Matcher found = REFERENCE.matcher(report.receipt());
        assertThat(found.find()).isTrue();
        assertThat(driver.getPageSource()).contains("The designated safeguarding lead has received your report");
        assertThat(Api.as(base, "lead.riverside").get("tasks?size=100").body()).doesNotContain(found.group());
        assertThat(Api.as(base, "dsl.riverside").get("tasks?size=100").body()).contains(found.group());
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndChangesAtSignIn() {
        SignInPage signIn = signInPage();
        Cookie before = driver.manage().getCookieNamed("JSESSIONID");
        signIn.signIn("staff.riverside", Api.PASSWORD);
        driver.get(base + "index.xhtml");
        Cookie after = driver.manage().getCookieNamed("JSESSIONID");

        assertThat(after).isNotNull();
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualTo("Strict");
        assertThat(before).as("the sign-in form keeps its view state in a session").isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(driver.getPageSource()).contains("Welcome, Sam Staff");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        SignInPage signIn = signInPage();
        signIn.attemptSignIn("staff.riverside", "not-the-password");
        assertThat(new SignInPage(driver).error()).contains("Sign-in failed");
    }
}
