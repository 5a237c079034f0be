package org.safecase;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safecase.identity.Caller;
import org.safecase.identity.CallerDirectory;
import org.safecase.oversight.retention.DestructionProgress;
import org.safecase.oversight.retention.DueRecord;
import org.safecase.oversight.retention.Retention;
import org.safecase.oversight.retention.RetentionDailyJob;
import org.safecase.platform.ConflictException;
import org.safecase.platform.NotAllowedException;
import org.safecase.platform.NotFoundException;
import org.safecase.testing.Answers;
import org.safecase.testing.Api;
import org.safecase.testing.Deployments;
import org.safecase.testing.PageSession;
import org.safecase.testing.UploadSamples;
import org.safecase.workflow.WorkflowEngine;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #15 item 5, R-X-5, on the real server with a moved clock: closed cases get their due dates
 * (a staff case six years after closure; a child-protection case at the youngest child's 25th
 * birthday, from the latest date of birth their recorded age allows: after 2038); the daily job
 * lists them when the clock reaches them and backfills a case closed before this version; a legal
 * hold blocks destruction; destruction removes the case's rows in every table of ours, its evidence
 * files, and the {@code ACT_RU_*} and {@code ACT_HI_*} rows of its processes and the processes they
 * called, and writes the destruction log (in 2048, past the 2038 end of TIMESTAMP columns).
 * <p>
 * The clock: the application's {@link Clock} is replaced in this deployment by {@link MovedClock},
 * which runs at real time until a test moves it; while moved, the engine's own clock is pinned at
 * real time, so the engine's timers of other cases do not all fall due at once.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String ADMIN = "admin.northshire";
    private static final String DSL = "dsl.riverside";
    private static final String TODAY = LocalDate.now(LONDON).toString();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** The application's clock in this deployment: real time, or moved to a day a test chooses. */
    @Alternative
    @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 100)
    @ApplicationScoped
    public static class MovedClock {
        private static volatile Instant movedTo;
        private static volatile Instant movedAt;

        @Produces
        @Alternative
        @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 100)
        @ApplicationScoped
        Clock clock() {
            return new Moving();
        }

        /** Real time, or the moved day's time running on from when it was moved. */
        static final class Moving extends Clock {
            @Override
            public ZoneId getZone() {
                return LONDON;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.offset(Clock.system(zone), Duration.between(Instant.now(), instant()));
            }

            @Override
            public Instant instant() {
                Instant to = movedTo;
                return to == null ? Instant.now() : to.plus(Duration.between(movedAt, Instant.now()));
            }
        }

        static void moveTo(LocalDate day) {
            movedAt = Instant.now();
            movedTo = day.atTime(10, 0).atZone(LONDON).toInstant();
        }

        static void back() {
            movedTo = null;
        }
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.withInContainerTests(RetentionIT.class).addClasses(MovedClock.class, MovedClock.Moving.class);
    }

    @ArquillianResource
    URL base;
    @Inject
    Retention retention;
    @Inject
    RetentionDailyJob dailyJob;
    @Inject
    CallerDirectory callers;
    @Inject
    WorkflowEngine workflowEngine;

    @AfterEach
    void clockBack() {
        MovedClock.back();
        workflowEngine.engine().getProcessEngineConfiguration().getClock().reset();
    }

    /** Moves the application's clock; the engine's stays at real time meanwhile. */
    private void moveClockTo(LocalDate day) {
        workflowEngine.engine().getProcessEngineConfiguration().getClock().setCurrentTime(new Date());
        MovedClock.moveTo(day);
    }

    private URL base() {
        return base;
    }

    @Test
    @org.junit.jupiter.api.DisplayName("item 5 (R-X-5): due dates on closing, due lists and the daily job with a moved clock, "
            + "a legal hold blocks destruction, destruction removes every row, file and engine row of the case and logs it")
    void rx5_item5_dueDatesOnCloseDueListsLegalHoldAndADestructionThatRemovesEveryRowFileAndProcessOfTheCase()
            throws Exception {
        Caller admin = callers.forUsername(ADMIN);
        Caller dsl = callers.forUsername(DSL);

        // A staff case with an evidence file, closed the ordinary way: due six years after closure.
        String staffCase = report("CYBERBULLYING", "Posts about a teacher on a class page");
        assertThat(Api.as(base(), "staff.riverside").postBytes("cases/" + staffCase + "/evidence?fileName=capture.pdf",
                UploadSamples.plainPdf()).status()).isEqualTo(201);
        closeStaffCase(staffCase);
        LocalDate closedOn = date("SELECT closed_at FROM incident WHERE reference = ?", staffCase);
        assertThat(schedule(staffCase)).containsExactly("STAFF_CASE", "CLOSURE_DATE", "6",
                closedOn.plusYears(6).toString());

        // A child-protection case whose children's ages only were recorded (13 and 3): due at the
        // youngest's 25th birthday from the latest date of birth that age allows on the incident date.
        String childCase = closeChildProtectionCase();
        LocalDate incidentOn = date("SELECT occurred_at FROM incident WHERE reference = ?", childCase);
        LocalDate childDue = incidentOn.minusYears(3).plusYears(25);
        assertThat(childDue).isAfter(LocalDate.of(2038, 1, 19));
        assertThat(schedule(childCase)).containsExactly("CHILD_PROTECTION", "CHILD_AGE", "25", childDue.toString());

        // Nothing is due today, and nothing is destroyed before its day.
        assertThat(due(admin)).doesNotContain(staffCase, childCase);
        assertThatThrownBy(() -> retention.confirm(admin, staffCase)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not due");

        // A case closed before this version while a called process of it still ran: the daily job backfills it.
        String oldCase = report("HARMFUL_CONTENT", "A video about a teacher");
        Map<String, String> triage = new HashMap<>(Answers.SIMPLE_TRIAGE);
        triage.put("removalNeeded", "true");
        ok(Api.as(base(), "lead.riverside").completeTask(oldCase, "triageByLead", triage));
        List<String> oldProcesses = processesOf(oldCase);
        assertThat(oldProcesses).as("the case's process and the takedown it called").hasSizeGreaterThanOrEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ IN (" + marks(oldProcesses) + ")",
                oldProcesses.toArray())).isPositive();
        update("UPDATE incident SET closed_at = ?, status = 'CLOSED' WHERE reference = ?",
                LocalDateTime.now(LONDON).minusYears(7), oldCase);
        assertThat(count("SELECT COUNT(*) FROM retention_schedule WHERE case_reference = ?", oldCase)).isZero();

        // Past the staff case's due date: the daily job backfills and lists; both staff cases are due, the child's not.
        LocalDate staffDueDay = closedOn.plusYears(6).plusDays(1);
        moveClockTo(staffDueDay);
        dailyJob.check();
        await("the day's run", () -> count("SELECT COUNT(*) FROM retention_run WHERE run_on = ? AND finished_at "
                + "IS NOT NULL", java.sql.Date.valueOf(staffDueDay)) == 1);
        assertThat(schedule(oldCase)).containsExactly("STAFF_CASE", "CLOSURE_DATE", "6",
                LocalDate.now(LONDON).minusYears(1).toString());
        assertThat(date("SELECT listed_on FROM retention_schedule WHERE case_reference = ?", staffCase))
                .as("listed by the day's run").isEqualTo(staffDueDay);
        assertThat(due(admin)).contains(staffCase, oldCase).doesNotContain(childCase);
        assertThat(due(dsl)).as("a DSL's list: their school's child-protection records only")
                .doesNotContain(staffCase, oldCase, childCase);
        assertThatThrownBy(() -> retention.confirm(dsl, staffCase)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> retention.due(callers.forUsername("lead.riverside"), 0, 10))
                .isInstanceOf(NotAllowedException.class);

        // The LA admin's page lists it by reference, kind, rule and date; never what the case says.
        PageSession adminPages = PageSession.signedInAs(base(), ADMIN);
        HttpResponse<String> page = adminPages.get("oversight/retention.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(staffCase).contains("Closure + 6 years").doesNotContain("Posts about a teacher");
        assertThat(PageSession.signedInAs(base(), "staff.riverside").get("oversight/retention.xhtml").statusCode())
                .isEqualTo(403);

        // A legal hold blocks destruction until it is lifted; each is audited.
        assertThatThrownBy(() -> retention.hold(callers.forUsername(DSL), staffCase, "Tribunal"))
                .isInstanceOf(NotAllowedException.class);
        HttpResponse<String> held = adminPages.submit(page, "holds", Map.of("holdReference", staffCase,
                "holdReason", "Employment tribunal claim lodged"), "setHold");
        assertThat(held.body()).contains("Record " + staffCase + " is on legal hold.").contains("Employment tribunal claim lodged");
        assertThat(destroyButton(held.body(), staffCase)).as("no Destroy button on a held record").isNull();
        assertThatThrownBy(() -> retention.confirm(admin, staffCase)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("legal hold");
        assertThat(retention.due(admin, 0, 1000)).filteredOn(r -> r.reference().equals(staffCase))
                .extracting(DueRecord::onHold).containsExactly(true);
        assertThat(count("SELECT COUNT(*) FROM incident WHERE reference = ?", staffCase)).isOne();
        retention.lift(admin, staffCase, "Claim withdrawn");

        // Destroyed: every row of ours that names the case, its file, its processes' runtime and history.
        long staffId = count("SELECT id FROM incident WHERE reference = ?", staffCase);
        List<String> staffProcesses = processesOf(staffCase);
        assertThat(leftovers(staffCase, staffId)).as("rows before").isNotEmpty();
        assertThat(count("SELECT COUNT(*) FROM evidence_item WHERE incident_id = ? AND content IS NOT NULL", staffId))
                .as("the evidence file is kept with its row").isOne();
        assertThat(engineRows(staffCase, staffProcesses)).as("engine history before").isNotEmpty();
        retention.confirm(admin, staffCase);
        assertThat(leftovers(staffCase, staffId)).isEmpty();
        assertThat(engineRows(staffCase, staffProcesses)).isEmpty();
        assertThat(row("SELECT record_type, rule_applied, rule_years, due_on, destroyed_by, YEAR(destroyed_at) "
                + "FROM destruction_log WHERE case_reference = ?", staffCase)).containsExactly("STAFF_CASE",
                "CLOSURE_DATE", "6", closedOn.plusYears(6).toString(), "" + admin.userId(), "" + staffDueDay.getYear());
        assertThat(strings("SELECT action FROM audit_event WHERE subject = ?", staffCase)).as("audit rows stay")
                .contains("INCIDENT_REPORTED", "LEGAL_HOLD_SET", "LEGAL_HOLD_LIFTED",
                        "RETENTION_DESTRUCTION_CONFIRMED", "CASE_DESTROYED");

        // The case closed while its takedown ran: its runtime rows and the called process's go too.
        // ... destroyed on the page, which asks again before it destroys.
        long oldId = count("SELECT id FROM incident WHERE reference = ?", oldCase);
        HttpResponse<String> listed = adminPages.get("oversight/retention.xhtml");
        HttpResponse<String> asked = adminPages.submit(listed, "retention", Map.of(), destroyButton(listed.body(), oldCase));
        assertThat(asked.body()).contains("Destroy record " + oldCase + "?");
        assertThat(count("SELECT COUNT(*) FROM incident WHERE id = ?", oldId)).as("not before the second yes").isOne();
        HttpResponse<String> destroyedPage = adminPages.submit(asked, "retention", Map.of(), "destroyChosen");
        assertThat(destroyedPage.body()).contains("Record " + oldCase + " was destroyed");
        assertThat(leftovers(oldCase, oldId)).isEmpty();
        assertThat(engineRows(oldCase, oldProcesses)).isEmpty();

        // In 2048 (past 2038) it is due, and the DSL's review keeps it two more years, for a reason, on the page.
        LocalDate childDueDay = childDue.plusDays(1);
        moveClockTo(childDueDay);
        assertThat(due(dsl)).contains(childCase);
        PageSession dslPages = PageSession.signedInAs(base(), DSL);
        HttpResponse<String> dslPage = dslPages.get("oversight/retention.xhtml");
        HttpResponse<String> reviewing = dslPages.submit(dslPage, "retention", Map.of(), reviewButton(dslPage.body(), childCase));
        assertThat(reviewing.body()).contains("Keep record " + childCase + "?");
        LocalDate reviewAgain = childDueDay.plusYears(2);
        HttpResponse<String> noReason = dslPages.submit(reviewing, "retention", Map.of("reviewAgainOn", reviewAgain.toString(),
                "reviewReason", " "), "keepForReview");
        assertThat(noReason.body()).contains("Say why.");
        HttpResponse<String> tooFar = dslPages.submit(noReason, "retention", Map.of("reviewAgainOn",
                childDueDay.plusYears(11).toString(), "reviewReason", "Kept"), "keepForReview");
        assertThat(tooFar.body()).contains("at most 10 years ahead");
        assertThat(due(dsl)).as("nothing kept on a refused review").contains(childCase);
        HttpResponse<String> kept = dslPages.submit(tooFar, "retention", Map.of("reviewAgainOn", reviewAgain.toString(),
                "reviewReason", "A sibling's case at the school is still open"), "keepForReview");
        assertThat(kept.body()).contains("Record " + childCase + " is kept; it is due for review again on " + reviewAgain);
        assertThat(due(dsl)).as("kept: off the due list until the review day").doesNotContain(childCase);
        assertThat(schedule(childCase)).as("the rule that set it stays; the day moves")
                .containsExactly("CHILD_PROTECTION", "CHILD_AGE", "25", reviewAgain.toString());
        assertThat(row("SELECT was_due_on, review_again_on, reason FROM retention_review WHERE case_reference = ?", childCase))
                .containsExactly(childDue.toString(), reviewAgain.toString(), "A sibling's case at the school is still open");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'RETENTION_REVIEW_DEFERRED' AND subject = ?",
                childCase)).isOne();
        assertThatThrownBy(() -> retention.keepForReview(callers.forUsername("lead.riverside"), childCase, reviewAgain,
                "Kept")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> retention.keepForReview(dsl, childCase, reviewAgain.minusDays(1), "Kept"))
                .as("not due again yet").isInstanceOf(ConflictException.class).hasMessageContaining("not due");

        // On the review day the DSL's run destroys the child-protection record in the background.
        LocalDate reviewDay = reviewAgain.plusDays(1);
        moveClockTo(reviewDay);
        assertThat(due(dsl)).contains(childCase);
        long childId = count("SELECT id FROM incident WHERE reference = ?", childCase);
        List<String> childProcesses = processesOf(childCase);
        assertThat(count("SELECT COUNT(*) FROM child_safeguarding_record WHERE incident_id = ?", childId)).isEqualTo(2);
        DestructionProgress run = retention.confirmAllDue(dsl);
        assertThat(run.total()).isPositive();
        DestructionProgress done = awaitValue("the run's end", () -> {
            DestructionProgress latest = retention.latestRun(dsl);
            return latest != null && latest.id() == run.id() && latest.finished() ? latest : null;
        });
        assertThat(done.destroyed()).isEqualTo(run.total());
        assertThat(done.failed()).isZero();
        assertThat(leftovers(childCase, childId)).isEmpty();
        assertThat(engineRows(childCase, childProcesses)).isEmpty();
        assertThat(row("SELECT record_type, rule_applied, due_on, destroyed_by, YEAR(destroyed_at), run_id IS NOT NULL "
                + "FROM destruction_log WHERE case_reference = ?", childCase)).containsExactly("CHILD_PROTECTION",
                "CHILD_AGE", reviewAgain.toString(), "" + dsl.userId(), "" + reviewDay.getYear(), "1");
        assertThat(retention.destroyed(dsl, 100)).anyMatch(line -> line.reference().equals(childCase)
                && line.dueOn().equals(reviewAgain));
    }

    // --- the journeys that close the cases

    private String report(String category, String description) {
        return Api.as(base(), "staff.riverside").post("incidents", """
                {"category":"%s","description":"%s","occurredAt":"%s"}
                """.formatted(category, description, LocalDateTime.now(LONDON).minusHours(2).withNano(0)))
                .json().getString("reference");
    }

    private void closeStaffCase(String reference) {
        Api lead = Api.as(base(), "lead.riverside");
        ok(lead.completeTask(reference, "triageByLead", Answers.SIMPLE_TRIAGE));
        ok(lead.completeTask(reference, "recordSupport", Map.of("supportOffered", "Counselling", "supportOfferedOn", TODAY)));
        ok(lead.completeTask(reference, "recordOutcome", Map.of("caseOutcome", "Page taken down")));
        ok(Api.as(base(), "staff.riverside").completeTask(reference, "staffSatisfaction", Map.of("satisfied", "true")));
        assertThat(Api.as(base(), "lead.riverside").get("cases/" + reference).json().getString("status")).isEqualTo("CLOSED");
    }

    private String closeChildProtectionCase() {
        Api dsl = Api.as(base(), DSL);
        String reference = report("NUDE_IMAGES", "Images of two pupils passed round");
        ok(dsl.completeTask(reference, "initialReviewByDsl", Answers.childProtectionReview(2, 3, "One group chat")));
        ok(dsl.completeTask(reference, "recordPoliceReferral", Map.of("policeReferredOn", TODAY,
                "policeReference", "CAD-1", "policeContact", "101")));
        ok(dsl.completeTask(reference, "recordSocialCareReferral", Map.of("socialCareReferredOn", TODAY,
                "socialCareReference", "MASH-1", "socialCareContact", "Duty social worker")));
        for (String[] child : new String[][]{{"P1", "13"}, {"P2", "3"}}) {
            ok(dsl.completeTask(reference, "recordChildSafeguarding", Map.of("childLabel", child[0], "childAge", child[1],
                    "childHasSen", "false", "childKnownToSocialCare", "false", "riskAssessment", "Assessed",
                    "safeguards", "Check-ins", "parentsInformed", "true", "parentsDecisionRationale", "Agreed")));
        }
        ok(dsl.completeTask(reference, "offerRemovalHelp", Map.of("reportRemoveOffered", "true",
                "takeItDownOffered", "true", "imagesDeletedConfirmed", "false")));
        ok(dsl.completeTask(reference, "considerSanctions", Map.of("policyBreached", "false")));
        assertThat(dsl.post("cases/" + reference + "/child-protection/closure", "").status()).isEqualTo(200);
        ok(dsl.completeTask(reference, "completeDslRecord", Map.of("recordSummary", "Referred", "imageViewed", "false")));
        assertThat(dsl.get("cases/" + reference).json().getString("status")).isEqualTo("CLOSED");
        return reference;
    }

    /** The id (in its form) of the Destroy button of a record on the retention page, or null. */
    private static String destroyButton(String page, String reference) {
        java.util.regex.Matcher button = java.util.regex.Pattern.compile("<button[^>]*id=\"retention:(due:\\d+:destroy)\"[^>]*"
                + "data-reference=\"" + java.util.regex.Pattern.quote(reference) + "\"").matcher(page);
        return button.find() ? button.group(1) : null;
    }

    private static String reviewButton(String page, String reference) {
        java.util.regex.Matcher button = java.util.regex.Pattern.compile("<button[^>]*id=\"retention:(due:\\d+:reviewLater)\"[^>]*"
                + "data-review=\"" + java.util.regex.Pattern.quote(reference) + "\"").matcher(page);
        assertThat(button.find()).as("a Keep, review later button for " + reference).isTrue();
        return button.group(1);
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
    }

    // --- what the database holds

    private List<String> due(Caller caller) {
        return retention.due(caller, 0, 1000).stream().map(DueRecord::reference).toList();
    }

    private List<String> schedule(String reference) throws SQLException {
        return row("SELECT record_type, rule_applied, rule_years, due_on FROM retention_schedule WHERE case_reference = ?",
                reference);
    }

    /** Every process instance the engine has of the case: by its business key and as a called process. */
    private List<String> processesOf(String reference) throws SQLException {
        List<String> ids = strings("SELECT PROC_INST_ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", reference);
        for (int i = 0; i < ids.size(); i++) {
            for (String child : strings("SELECT PROC_INST_ID_ FROM ACT_HI_PROCINST WHERE SUPER_PROCESS_INSTANCE_ID_ = ?",
                    ids.get(i))) {
                if (!ids.contains(child)) {
                    ids.add(child);
                }
            }
        }
        return ids;
    }

    /**
     * Rows left of the case in any table of ours that has a column naming a case (incident_id,
     * case_reference, reference), the audit tables and the destruction log excepted: found in the
     * schema, so a table added later is checked too.
     */
    private List<String> leftovers(String reference, long incidentId) throws SQLException {
        List<String> left = new ArrayList<>();
        try (Connection db = connect(); PreparedStatement columns = db.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME "
                + "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME IN "
                + "('incident_id', 'case_reference', 'reference') AND TABLE_NAME NOT LIKE 'ACT\\_%' "
                + "AND TABLE_NAME NOT LIKE 'audit%' AND TABLE_NAME <> 'destruction_log'");
             ResultSet rows = columns.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                String column = rows.getString(2);
                Object value = column.equals("incident_id") ? (Object) incidentId : reference;
                if (count("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", value) > 0) {
                    left.add(table + "." + column);
                }
            }
        }
        if (count("SELECT COUNT(*) FROM step_answer a JOIN step_answer_record r ON r.id = a.record_id "
                + "WHERE r.incident_id = ?", incidentId) > 0) {
            left.add("step_answer");
        }
        return left;
    }

    /** The engine's runtime and history rows of the processes: every ACT_RU_* and ACT_HI_* table with a process column. */
    private List<String> engineRows(String reference, List<String> processes) throws SQLException {
        List<String> left = new ArrayList<>();
        try (Connection db = connect(); PreparedStatement columns = db.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME "
                + "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND (TABLE_NAME LIKE 'ACT\\_RU\\_%' "
                + "OR TABLE_NAME LIKE 'ACT\\_HI\\_%' OR TABLE_NAME LIKE 'ACT\\_DMN\\_HI\\_%') AND COLUMN_NAME IN "
                + "('PROC_INST_ID_', 'INSTANCE_ID_', 'ROOT_SCOPE_ID_', 'SCOPE_ID_')");
             ResultSet rows = columns.executeQuery()) {
            while (rows.next()) {
                String where = rows.getString(2) + " IN (" + marks(processes) + ")";
                if (count("SELECT COUNT(*) FROM " + rows.getString(1) + " WHERE " + where, processes.toArray()) > 0) {
                    left.add(rows.getString(1) + "." + rows.getString(2));
                }
            }
        }
        if (count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", reference) > 0) {
            left.add("ACT_HI_PROCINST.BUSINESS_KEY_");
        }
        return left;
    }

    private static String marks(List<String> values) {
        return String.join(", ", values.stream().map(v -> "?").toList());
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("SAFECASE_DB_URL"), System.getenv("SAFECASE_DB_USER"),
                System.getenv("SAFECASE_DB_PASSWORD"));
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    private static void update(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static LocalDate date(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getObject(1) != null ? LocalDate.parse(rows.getString(1).substring(0, 10)) : null;
            }
        }
    }

    private static List<String> row(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                if (rows.next()) {
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        values.add(rows.getString(i));
                    }
                }
                return values;
            }
        }
    }

    private static List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Check check) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (!check.holds()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + PATIENCE + " for " + what);
            }
            Thread.sleep(250);
        }
    }

    private static <T> T awaitValue(String what, Supplier<T> value) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        T found;
        while ((found = value.get()) == null) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + PATIENCE + " for " + what);
            }
            Thread.sleep(250);
        }
        return found;
    }
}
