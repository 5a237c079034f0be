package org.safecase;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.runtime.ProcessInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safecase.casefile.CaseFiles;
import org.safecase.casefile.TimelineEntry;
import org.safecase.identity.Caller;
import org.safecase.identity.CallerDirectory;
import org.safecase.inbox.InboxWork;
import org.safecase.intake.IncidentReport;
import org.safecase.intake.IncidentReporting;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditEntry;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.ConflictException;
import org.safecase.platform.NotAllowedException;
import org.safecase.platform.NotFoundException;
import org.safecase.testing.Api;
import org.safecase.testing.Deployments;
import org.safecase.testing.PageSession;
import org.safecase.workflow.ProcessModels;
import org.safecase.workflow.TaskSummary;
import org.safecase.workflow.jobs.FailedJob;
import org.safecase.workflow.jobs.FailedJobState;
import org.safecase.workflow.jobs.FailedJobs;
import org.safecase.workflow.jobs.FailureKind;

import java.net.ConnectException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #14 item 9, "failed jobs", on the real server: a step of a case that keeps failing (a
 * test-only delegate in an asynchronous service step of a test model, deployed here) waits for
 * its next try and then goes dead-letter, each time shown on the console with its case, step,
 * error in words and retries left; the LA admins get a task and an e-mail (GreenMail, started in
 * the server beside it, where the application mails to) once per time it goes dead-letter; moved
 * back once the delegate works, it completes; every action is audited under the case and shown in
 * its timeline; a job no longer waiting is refused in words, and so is anyone but an LA admin.
 * <p>
 * The test model retries its step once after 10 minutes ({@code R2/PT10M}), so nothing waits for
 * the engine's timers: the first failure waits with one retry left and "retry now" runs it at
 * once; every wait below polls with a deadline.
 */
@ExtendWith(ArquillianExtension.class)
class FailedJobsIT {
    private static final String ADMIN = "admin.northshire";
    private static final String MODEL_KEY = "failedJobsItFlaky";
    private static final String STEP = "Send the test message";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
                         targetNamespace="https://safecase.org/tests">
                <process id="%s" name="Failed jobs test" isExecutable="true">
                    <startEvent id="start"/>
                    <sequenceFlow id="toSend" sourceRef="start" targetRef="sendTestMessage"/>
                    <serviceTask id="sendTestMessage" name="%s" flowable:async="true"
                                 flowable:delegateExpression="${failedJobsItFlakyStep}">
                        <extensionElements>
                            <flowable:failedJobRetryTimeCycle>R2/PT10M</flowable:failedJobRetryTimeCycle>
                        </extensionElements>
                    </serviceTask>
                    <sequenceFlow id="toSent" sourceRef="sendTestMessage" targetRef="sent"/>
                    <endEvent id="sent"/>
                </process>
            </definitions>
            """.formatted(MODEL_KEY, STEP);

    /** The test's failing step: it throws as a mail server out of reach would, until told to work. */
    @Named("failedJobsItFlakyStep")
    @ApplicationScoped
    public static class FlakyStep implements JavaDelegate {
        private final AtomicBoolean working = new AtomicBoolean();

        @Override
        public void execute(DelegateExecution execution) {
            if (!working.get()) {
                throw new IllegalStateException("Sending the test message failed", new MessagingException(
                        "Couldn't connect to host, port: 127.0.0.1, 1; timeout -1", new ConnectException("Connection refused")));
            }
        }

        public void work(boolean works) {
            working.set(works);
        }
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.withInContainerTests(FailedJobsIT.class).addClass(FlakyStep.class)
                .addAsLibraries(Maven.configureResolver().workOffline().resolve("com.icegreen:greenmail:2.1.3")
                        .withoutTransitivity().asFile());
    }

    @ArquillianResource
    URL base;

    @Inject
    FailedJobs failedJobs;
    @Inject
    FlakyStep flaky;
    @Inject
    CallerDirectory callers;
    @Inject
    IncidentReporting reporting;
    @Inject
    InboxWork inbox;
    @Inject
    AuditTrail audit;
    @Inject
    CaseFiles caseFiles;
    @Inject
    RepositoryService repository;
    @Inject
    RuntimeService runtime;
    @Inject
    HistoryService history;
    @Inject
    TaskService tasks;
    @Inject
    HttpServletRequest request;

    @Test
    void item9_aFailingStepEndsInTheDeadLetterConsoleTheLaAdminIsToldAndMovingItBackCompletesIt() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(ConfigProvider.getConfig().getValue("safecase.mail.port", Integer.class),
                "127.0.0.1", "smtp"));
        mail.start();
        String deployment = repository.createDeployment().name("FailedJobsIT")
                .addString(MODEL_KEY + ".bpmn20.xml", MODEL).deploy().getId();
        String reference = reporting.report(callers.forUsername("staff.riverside"), new IncidentReport("CYBERBULLYING",
                "Posts about a teacher", LocalDateTime.now().minusHours(2), "ChatApp", null, null, null, null, null, false,
                null, null)).reference();
        try {
            Caller admin = callers.forUsername(ADMIN);
            ProcessInstance instance = runtime.startProcessInstanceByKey(MODEL_KEY, reference);

            // The first failure waits for its next try, in words, with the one retry the model gives it.
            FailedJob waiting = await("the first failure on the console", () -> row(admin, FailedJobState.RETRYING, reference));
            assertThat(waiting.step()).isEqualTo(STEP);
            assertThat(waiting.errorKind()).isEqualTo(FailureKind.MAIL_UNREACHABLE);
            assertThat(waiting.error()).startsWith("The mail server could not be reached")
                    .doesNotContain("Exception").doesNotContain("Posts about");
            assertThat(waiting.retriesLeft()).isEqualTo(1);
            assertThat(waiting.nextAttemptAt()).isAfter(Instant.now().plus(Duration.ofMinutes(9)));
            assertThat(row(admin, FailedJobState.DEAD_LETTER, reference)).isEmpty();
            assertThatThrownBy(() -> failedJobs.moveBack(admin, waiting.id())).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("still has retries left");
            assertThatThrownBy(() -> failedJobs.page(callers.forUsername("lead.riverside"), FailedJobState.RETRYING, 0, 20))
                    .isInstanceOf(NotAllowedException.class);

            // Retry now (over REST) runs it at once; it fails its last try and goes dead-letter.
            Api api = Api.as(base(), ADMIN);
            Api.Reply retried = api.post("failed-jobs/" + waiting.id() + "/retry", "");
            assertThat(retried.status()).as(retried.body()).isEqualTo(200);
            assertThat(retried.json().getString("caseReference")).isEqualTo(reference);
            FailedJob dead = await("the job dead-letter", () -> row(admin, FailedJobState.DEAD_LETTER, reference));
            assertThat(dead.step()).isEqualTo(STEP);
            assertThat(dead.retriesLeft()).isZero();
            assertThat(dead.errorKind()).isEqualTo(FailureKind.MAIL_UNREACHABLE);
            assertThat(row(admin, FailedJobState.RETRYING, reference)).isEmpty();
            JsonObject listed = api.get("failed-jobs?state=dead-letter&size=100").json().getJsonArray("jobs")
                    .getValuesAs(JsonObject.class).stream().filter(job -> dead.id().equals(job.getString("id")))
                    .findFirst().orElseThrow();
            assertThat(listed.getString("caseReference")).isEqualTo(reference);
            assertThat(listed.getString("step")).isEqualTo(STEP);
            assertThat(listed.getString("state")).isEqualTo("dead-letter");
            assertThat(listed.getString("error")).isEqualTo(dead.error());
            assertThat(listed.getInt("retriesLeft")).isZero();
            assertThatThrownBy(() -> failedJobs.retryNow(admin, dead.id())).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("move it back");

            // The LA admins are told once: a task offered to them (not to the school) and an e-mail with its link.
            List<String> notices = await("the notice", () -> Optional.of(noticesOf(reference)).filter(n -> !n.isEmpty()));
            assertThat(notices).hasSize(1);
            String notice = notices.get(0);
            TaskSummary offered = inbox.find(admin, notice);
            assertThat(offered.name()).isEqualTo("Look at a failed job");
            assertThat(offered.caseReference()).as("a notice belongs to no case").isNull();
            assertThatThrownBy(() -> inbox.find(callers.forUsername("lead.riverside"), notice)).isInstanceOf(NotFoundException.class);
            MimeMessage told = awaitMail(mail, ADMIN + "@example.org", notice);
            assertThat(GreenMailUtil.getBody(told)).contains("/inbox/task.xhtml?id=" + notice).doesNotContain(reference)
                    .doesNotContain("Posts about");
            PageSession adminPages = PageSession.signedInAs(base(), ADMIN);
            HttpResponse<String> taskPage = adminPages.get("inbox/task.xhtml?id=" + notice);
            assertThat(taskPage.statusCode()).isEqualTo(200);
            assertThat(taskPage.body()).contains("Look at a failed job").contains("failed jobs page")
                    .doesNotContain("id=\"notFound\"").doesNotContain("id=\"task:caseLink\"");

            // Moved back while the step still fails, it goes dead-letter a second time: a second notice, no more.
            failedJobs.moveBack(admin, dead.id());
            FailedJob deadAgain = await("the job dead-letter again", () -> {
                row(admin, FailedJobState.RETRYING, reference).ifPresent(again -> retryNow(admin, again));
                return row(admin, FailedJobState.DEAD_LETTER, reference);
            });
            await("the second notice", () -> Optional.of(noticesOf(reference)).filter(n -> n.size() >= 2));
            assertThat(noticesOf(reference)).as("one notice each time the job goes dead-letter").hasSize(2);

            // Once the step works, moving it back on the page runs it and the case's process goes on to its end.
            flaky.work(true);
            HttpResponse<String> console = adminPages.get("workflow/jobs.xhtml");
            assertThat(console.statusCode()).isEqualTo(200);
            assertThat(console.body()).contains(reference).contains(STEP).contains("The mail server could not be reached");
            HttpResponse<String> moved = adminPages.submit(console, "jobs", Map.of(), moveBackButton(console.body(), deadAgain.id()));
            assertThat(moved.body()).contains("was moved back and runs again now");
            await("the case's process past the step", () -> Optional.ofNullable(history.createHistoricProcessInstanceQuery()
                    .processInstanceId(instance.getId()).finished().singleResult()));
            assertThat(row(admin, FailedJobState.DEAD_LETTER, reference)).isEmpty();
            assertThat(row(admin, FailedJobState.RETRYING, reference)).isEmpty();

            // A job no longer waiting is refused in words.
            Api.Reply gone = api.post("failed-jobs/" + deadAgain.id() + "/move-back", "");
            assertThat(gone.status()).as(gone.body()).isEqualTo(404);
            assertThat(gone.json().getString("message")).contains("no longer waiting");

            // Every action is audited under the case, and the case's timeline tells it.
            List<AuditEntry> changes = audit.changesTo(reference, 200);
            assertThat(changes.stream().filter(e -> e.action() == AuditAction.FAILED_JOB_MOVED_BACK)).hasSize(2)
                    .allMatch(e -> e.actorId().equals(admin.userId()));
            assertThat(changes.stream().filter(e -> e.action() == AuditAction.FAILED_JOB_RETRIED).count()).isBetween(2L, 4L);
            List<TimelineEntry> happened = caseFiles.timeline(callers.forUsername("lead.riverside"), reference).happened();
            assertThat(happened).filteredOn(e -> e.what().startsWith("A step that failed every try moved back")).hasSize(2)
                    .allMatch(e -> admin.displayName().equals(e.who()));
            assertThat(happened).anyMatch(e -> e.what().startsWith("A failed step run again"));

            // The admin completes the notices: they belong to no case and leave no case record.
            for (String open : noticesOf(reference)) {
                inbox.claim(admin, open);
                inbox.complete(admin, open, Map.of());
            }
            assertThat(noticesOf(reference)).isEmpty();
        } finally {
            flaky.work(false);
            repository.deleteDeployment(deployment, true);
            runtime.createProcessInstanceQuery().processDefinitionKey(ProcessModels.FAILED_JOB_NOTICE)
                    .variableValueEquals("failedCaseReference", reference).list()
                    .forEach(notice -> runtime.deleteProcessInstance(notice.getId(), "FailedJobsIT"));
            mail.stop();
        }
    }

    @Test
    @RunAsClient
    void item9_onlyAnLaAdminReachesTheConsoleAndItsEndpointOthersAreRefusedInWords() {
        Api admin = Api.as(base, ADMIN);
        Api.Reply list = admin.get("failed-jobs?state=retrying&first=0&size=5");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().containsKey("jobs")).isTrue();
        assertThat(list.json().getJsonNumber("total")).isNotNull();
        Api.Reply wrongState = admin.get("failed-jobs?state=everything");
        assertThat(wrongState.status()).as(wrongState.body()).isEqualTo(400);
        assertThat(wrongState.body()).contains("state").contains("dead-letter, retrying");
        for (String action : List.of("retry", "move-back")) {
            Api.Reply unknown = admin.post("failed-jobs/no-such-job/" + action, "");
            assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
            assertThat(unknown.json().getString("message")).contains("no longer waiting");
        }
        HttpResponse<String> console = PageSession.signedInAs(base, ADMIN).get("workflow/jobs.xhtml");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).contains("Out of retries").contains("Failed, to be tried again")
                .doesNotContain("id=\"refusal\"");

        for (String other : List.of("lead.riverside", "staff.riverside")) {
            Api someone = Api.as(base, other);
            for (Api.Reply refused : List.of(someone.get("failed-jobs"), someone.post("failed-jobs/no-such-job/retry", ""),
                    someone.post("failed-jobs/no-such-job/move-back", ""))) {
                assertThat(refused.status()).as(other + ": " + refused.body()).isEqualTo(403);
                assertThat(refused.json().getString("message")).isEqualTo("Only an LA administrator can look after the workflows.");
            }
            HttpResponse<String> page = PageSession.signedInAs(base, other).get("workflow/jobs.xhtml");
            assertThat(page.statusCode()).as(other).isEqualTo(403);
            assertThat(page.body()).contains("id=\"refusal\"").contains("Only an LA administrator can look after the workflows.")
                    .doesNotContain("Out of retries");
        }
    }

    /** This deployment's address, as the server itself is asked it (in the server, no resource URL is injected). */
    private URL base() throws Exception {
        return new URL("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/");
    }

    private Optional<FailedJob> row(Caller admin, FailedJobState state, String reference) {
        return failedJobs.page(admin, state, 0, FailedJobs.MAX_PAGE).stream()
                .filter(job -> reference.equals(job.caseReference())).findFirst();
    }

    /** Runs a waiting job now; one that has just started running by itself is left to run. */
    private void retryNow(Caller admin, FailedJob job) {
        try {
            failedJobs.retryNow(admin, job.id());
        } catch (ConflictException | NotFoundException movedMeanwhile) {
            // It is running or has run: the next look sees where it went.
        }
    }

    /** The open tasks of the notices about the case's jobs. */
    private List<String> noticesOf(String reference) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessModels.FAILED_JOB_NOTICE)
                .variableValueEquals("failedCaseReference", reference).list().stream()
                .flatMap(notice -> tasks.createTaskQuery().processInstanceId(notice.getId()).list().stream())
                .map(org.flowable.task.api.Task::getId).toList();
    }

    /** The page's "Move back" button of a job (its id within the form), found by the job's id beside it. */
    private static String moveBackButton(String page, String jobId) {
        Matcher button = Pattern.compile("<button[^>]*id=\"jobs:(deadLetter:\\d+:moveBack)\"[^>]*data-job=\""
                + Pattern.quote(jobId) + "\"").matcher(page);
        assertThat(button.find()).as("a Move back button for job " + jobId).isTrue();
        return button.group(1);
    }

    private static <T> T await(String what, Supplier<Optional<T>> check) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = check.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what);
    }

    private static MimeMessage awaitMail(GreenMail mail, String address, String taskId) throws InterruptedException {
        return await("a mail to " + address + " about task " + taskId, () -> Arrays.stream(mail.getReceivedMessages())
                .filter(message -> recipients(message).contains(address) && GreenMailUtil.getBody(message).contains(taskId))
                .findFirst());
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
