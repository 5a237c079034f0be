package org.safecase.bench;

import org.safecase.casefile.IncidentCategory;
import org.safecase.identity.SchoolGroups;
import org.safecase.identity.TaskScope;
import org.safecase.platform.ClockProducer;
import org.safecase.workflow.InboxFilter;
import org.safecase.workflow.InboxFilter.Claim;
import org.safecase.workflow.InboxSql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The task inbox at the volume of a real local authority (bench/README.md, issue #10): a million
 * open tasks over 500 schools in the inbox's read model ({@code inbox_task}, {@code
 * inbox_task_audience}), on the machine's MariaDB in a scratch database with our real migrations.
 * Every query is the SQL {@link InboxSql} builds for the application, for a school's online-safety
 * lead, a DSL and LA HR; medians and 95th percentiles are reported as ratios to a primary-key read
 * of one task measured in the same run, so the figures compare across machines.
 */
public final class InboxBench {
    /** The bench's "now": a Thursday afternoon, so "due this week" has days left in it. */
    private static final Instant NOW = LocalDateTime.of(2026, 12, 3, 14, 0).atZone(ClockProducer.SCHOOL_ZONE)
            .toInstant();
    private static final long LA = 1L;
    private static final int HR_OFFICERS = 5;
    private static final int STAFF_PER_SCHOOL = 5;
    private static final int PAGE = 20;
    private static final int ROWS_PER_INSERT = 1_000;
    private static final String[] STAFF_CATEGORIES = Arrays.stream(IncidentCategory.values())
            .filter(c -> !c.isChildProtection()).map(Enum::name).toArray(String[]::new);

    /** Who a step is offered to, in the models' own groups. */
    private enum Offered { LEAD, DSL, HEAD, HEAD_AND_DEPUTY, STAFF_MEMBER, HR }

    /** A user task of our models, how often it is open, whether it has a deadline, how often it is urgent. */
    private record Step(String process, String key, String name, Offered offered, boolean due, int weight,
                        int urgentPercent) {
    }

    /** Open steps of staff cases: two in five have no deadline (support, police and HR steps). */
    private static final List<Step> STAFF_STEPS = List.of(
            new Step("staffIncident", "triageByLead", "Lead triages report", Offered.LEAD, true, 22, 5),
            new Step("staffIncident", "headTeacherEnsuresTriage", "Head teacher makes sure the report is triaged",
                    Offered.HEAD, true, 3, 5),
            new Step("staffIncident", "staffSatisfaction", "Staff member says whether they are satisfied with how "
                    + "it was handled", Offered.STAFF_MEMBER, true, 4, 0),
            new Step("providerTakedown", "reportToProvider", "Lead reports the material to the provider",
                    Offered.LEAD, true, 10, 5),
            new Step("providerTakedown", "recordProviderDecision", "Record the provider's decision", Offered.LEAD,
                    true, 6, 0),
            new Step("removalRequest", "askPosterToRemove", "Lead asks the poster to remove the material",
                    Offered.LEAD, true, 6, 3),
            new Step("removalRequest", "recordPosterResponse", "Record the poster's response", Offered.LEAD, true, 4,
                    0),
            new Step("staffIncident", "recordSupport", "Lead records the support offered to the staff member",
                    Offered.LEAD, false, 8, 0),
            new Step("staffIncident", "recordOutcome", "Lead records the outcome of the case", Offered.LEAD, false, 6,
                    0),
            new Step("staffIncident", "impersonationComplaint", "Lead helps the staff member prove identity and "
                    + "complain to the provider", Offered.LEAD, false, 3, 0),
            new Step("staffIncident", "headTeacherReviewsHandling", "Head teacher reviews how the case was handled",
                    Offered.HEAD, false, 2, 0),
            new Step("providerTakedown", "recordMaterialLocation", "Lead records where the material is", Offered.LEAD,
                    false, 3, 0),
            new Step("providerTakedown", "escalateToHelpline", "Escalate to the Professionals Online Safety Helpline",
                    Offered.LEAD, false, 2, 10),
            new Step("policeReferral", "considerPolice", "Lead considers police involvement with the staff member",
                    Offered.LEAD, false, 3, 10),
            new Step("policeReferral", "recordPoliceReferral", "Record the police referral", Offered.LEAD, false, 2,
                    20),
            new Step("policeReferral", "recordPoliceClearance", "Record police clearance for the school's own steps",
                    Offered.LEAD, false, 2, 0),
            new Step("schoolProcedure", "applyBehaviourProcedure", "Apply the pupil behaviour procedure",
                    Offered.LEAD, false, 3, 0),
            new Step("hrDisciplinaryHandOff", "hrHandlesDisciplinary", "HR officer handles the staff disciplinary "
                    + "case", Offered.HR, false, 4, 5));

    /** Open steps of child-protection cases (category 5, DSL only). */
    private static final List<Step> CHILD_PROTECTION_STEPS = List.of(
            new Step("childProtectionIncident", "initialReviewByDsl", "DSL carries out initial review", Offered.DSL,
                    true, 30, 25),
            new Step("childProtectionIncident", "deputyAndHeadEnsureReview", "Deputy DSL and head teacher make sure "
                    + "the initial review is done", Offered.HEAD_AND_DEPUTY, true, 8, 25),
            new Step("childProtectionIncident", "recordDeviceSearch", "DSL records the device search", Offered.DSL,
                    false, 8, 0),
            new Step("childProtectionIncident", "recordImageViewing", "DSL records the viewing", Offered.DSL, false, 6,
                    0),
            new Step("childProtectionIncident", "recordHandlingRationale", "DSL records why it can be handled in "
                    + "school", Offered.DSL, false, 8, 0),
            new Step("childProtectionIncident", "headTeacherAgreesHandling", "Head teacher agrees to handling in "
                    + "school", Offered.HEAD, false, 6, 0),
            new Step("childProtectionIncident", "offerRemovalHelp", "DSL offers removal help", Offered.DSL, false, 6,
                    0),
            new Step("childProtectionIncident", "considerSanctions", "DSL considers sanctions under school policy",
                    Offered.DSL, false, 6, 0),
            new Step("childProtectionIncident", "completeDslRecord", "DSL completes the record and closes the case",
                    Offered.DSL, false, 8, 0),
            new Step("childProtectionReferral", "recordSocialCareReferral", "DSL records the children's social care "
                    + "referral", Offered.DSL, false, 10, 30));

    /** One open task as the read model keeps it. */
    private record Task(String id, String instance, Step step, long school, String reference, String category,
                        boolean urgent, Timestamp due, Timestamp created, String assignee, List<String> groups,
                        List<String> users) {
        TreeSet<String> audiences() {
            TreeSet<String> all = new TreeSet<>(groups);
            all.addAll(users);
            if (assignee != null) {
                all.add(assignee);
            }
            return all;
        }
    }

    /** One row of {@code inbox_task_audience}. */
    private record Audience(String audience, Task task) {
    }

    /** Someone asking for their inbox: their scope, and the group whose tasks they mostly see. */
    private record Caller(TaskScope scope, String group) {
    }

    private final int schools = Integer.getInteger("bench.schools", 500);
    private final int tasks = Integer.getInteger("bench.tasks", 1_000_000);
    private final int repeats = Integer.getInteger("bench.repeats", 300);
    private final String server = System.getProperty("bench.server", "jdbc:mariadb://127.0.0.1:3306/");
    private final String database = System.getProperty("bench.database", "safecase_bench_inbox");
    private final Random random = new Random(42);
    private final List<String> taskIds = new ArrayList<>();
    /** A few case references of each group's tasks, to search for. */
    private final Map<String, List<String>> references = new HashMap<>();
    private final Map<String, Integer> audienceSizes = new HashMap<>();
    private double worstRatio;
    private String worstQuery;

    public static void main(String[] args) throws SQLException {
        new InboxBench().run();
    }

    private void run() throws SQLException {
        String url = BenchDatabase.create(server, database);
        try (Connection db = DriverManager.getConnection(url, "root", "")) {
            long serversPool = bufferPool(db);
            String pool = System.getProperty("bench.bufferPool");
            try {
                if (pool != null) {
                    setBufferPool(db, Long.parseLong(pool) * 1024 * 1024);
                }
                System.out.printf("buffer pool: %,d MB%n", bufferPool(db) / 1024 / 1024);
                seedAndMeasure(db);
            } finally {
                if (pool != null) {
                    setBufferPool(db, serversPool);
                }
            }
        }
    }

    private static long bufferPool(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
             java.sql.ResultSet result = query.executeQuery("SELECT @@innodb_buffer_pool_size")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** -Dbench.bufferPool=MB: the server's pool for this run (MariaDB resizes it online), then as it was. */
    private static void setBufferPool(Connection db, long bytes) throws SQLException {
        try (Statement set = db.createStatement()) {
            set.execute("SET GLOBAL innodb_buffer_pool_size = " + bytes);
        }
    }

    private void seedAndMeasure(Connection db) throws SQLException {
        long started = System.nanoTime();
        int audiences = seed(db);
        System.out.printf("seeded %,d open tasks (%,d audience rows) in %d schools in %.1f s%n", tasks, audiences,
                schools, (System.nanoTime() - started) / 1e9);
        try (Statement analyse = db.createStatement()) {
            analyse.execute("ANALYZE TABLE inbox_task, inbox_task_audience");
        }
        System.out.printf("tasks offered per group: a school's lead %,d, DSL %,d (on average); LA HR %,d%n",
                averageOf(SchoolGroups::onlineSafetyLeads), averageOf(SchoolGroups::safeguardingLeads),
                audienceSizes.getOrDefault(SchoolGroups.hrOfficers(LA), 0));
        measure(db);
    }

    private int averageOf(Function<Long, String> group) {
        long sum = 0;
        for (long s = 1; s <= schools; s++) {
            sum += audienceSizes.getOrDefault(group.apply(s), 0);
        }
        return (int) (sum / schools);
    }

    // ---- seeding

    private int seed(Connection db) throws SQLException {
        List<Task> open = openTasks();
        List<Audience> audiences = new ArrayList<>();
        for (Task task : open) {
            for (String audience : task.audiences()) {
                audiences.add(new Audience(audience, task));
                audienceSizes.merge(audience, 1, Integer::sum);
            }
            for (String group : task.groups()) {
                List<String> seen = references.computeIfAbsent(group, g -> new ArrayList<>());
                if (seen.size() < 20) {
                    seen.add(task.reference());
                }
            }
            taskIds.add(task.id());
        }
        // In key order, so that the clustered indexes grow at their ends.
        open.sort(Comparator.comparing(Task::id));
        audiences.sort(Comparator.comparing(Audience::audience).thenComparing(a -> a.task().id()));
        db.setAutoCommit(false);
        try (Statement session = db.createStatement()) {
            session.execute("SET SESSION unique_checks = 0");
        }
        insert(db, "inbox_task (task_id, process_instance_id, process_key, task_key, name, school_id, case_reference, "
                + "category, urgent, due_at, created_at, assignee, candidate_groups, suspended)", 14, open,
                (t, row) -> {
                    row.add(t.id());
                    row.add(t.instance());
                    row.add(t.step().process());
                    row.add(t.step().key());
                    row.add(t.step().name());
                    row.add(t.school());
                    row.add(t.reference());
                    row.add(t.category());
                    row.add(t.urgent());
                    row.add(t.due());
                    row.add(t.created());
                    row.add(t.assignee());
                    row.add(String.join(",", new TreeSet<>(t.groups())));
                    row.add(false);
                });
        insert(db, "inbox_task_audience (audience, task_id, suspended, urgent_rank, no_due, due_at, created_at, "
                + "assignee, school_id, category, case_reference)", 11, audiences, (a, row) -> {
                    Task t = a.task();
                    row.add(a.audience());
                    row.add(t.id());
                    row.add(false);
                    row.add(t.urgent() ? 0 : 1);
                    row.add(t.due() == null ? 1 : 0);
                    row.add(t.due());
                    row.add(t.created());
                    row.add(t.assignee());
                    row.add(t.school());
                    row.add(t.category());
                    row.add(t.reference());
                });
        try (Statement session = db.createStatement()) {
            session.execute("SET SESSION unique_checks = 1");
        }
        db.setAutoCommit(true);
        return audiences.size();
    }

    /** Cases of the LA, one in five with two steps open; one in six is child protection. */
    private List<Task> openTasks() {
        List<Task> open = new ArrayList<>(tasks);
        int caseNumber = 0;
        while (open.size() < tasks) {
            caseNumber++;
            long school = 1 + random.nextInt(schools);
            boolean childProtection = random.nextInt(6) == 0;
            String category = childProtection ? IncidentCategory.NUDE_IMAGES.name()
                    : STAFF_CATEGORIES[random.nextInt(STAFF_CATEGORIES.length)];
            String instance = uuid();
            Instant opened = NOW.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
            String reference = "SC-%d-%06d".formatted(opened.atZone(ClockProducer.SCHOOL_ZONE).getYear(), caseNumber);
            int steps = random.nextInt(5) == 0 ? 2 : 1;
            for (int s = 0; s < steps && open.size() < tasks; s++) {
                Step step = pick(childProtection ? CHILD_PROTECTION_STEPS : STAFF_STEPS);
                open.add(task(step, instance, school, reference, category, opened));
            }
        }
        return open;
    }

    private Task task(Step step, String instance, long school, String reference, String category, Instant opened) {
        Instant due = null;
        Instant created = opened;
        if (step.due()) {
            int roll = random.nextInt(100);
            if (roll < 12) {
                due = NOW.minus(Duration.ofMinutes(60 + random.nextInt(30 * 24 * 60)));
            } else if (roll < 30) {
                due = NOW.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60 + 9 * 60)));
            } else {
                due = NOW.plus(Duration.ofMinutes(4 * 24 * 60 + random.nextInt(45 * 24 * 60)));
            }
            // A step with a deadline was created shortly before it: days, not months.
            Instant latest = due.isBefore(NOW) ? due : NOW;
            created = latest.minus(Duration.ofMinutes(60 + random.nextInt(20 * 24 * 60)));
        }
        List<String> groups = new ArrayList<>();
        List<String> users = new ArrayList<>();
        String assignee = null;
        boolean claimed = random.nextInt(100) < 15;
        switch (step.offered()) {
            case LEAD -> {
                groups.add(SchoolGroups.onlineSafetyLeads(school));
                assignee = claimed ? user(school, 1) : null;
            }
            case DSL -> {
                groups.add(SchoolGroups.safeguardingLeads(school));
                assignee = claimed ? user(school, random.nextInt(4) == 0 ? 3 : 2) : null;
            }
            case HEAD -> {
                groups.add(SchoolGroups.headTeacher(school));
                assignee = claimed ? user(school, 4) : null;
            }
            case HEAD_AND_DEPUTY -> {
                groups.add(SchoolGroups.headTeacher(school));
                groups.add(SchoolGroups.deputySafeguardingLeads(school));
                assignee = claimed ? user(school, random.nextBoolean() ? 3 : 4) : null;
            }
            case STAFF_MEMBER -> users.add(user(school, 5 + random.nextInt(STAFF_PER_SCHOOL)));
            case HR -> {
                groups.add(SchoolGroups.hrOfficers(LA));
                assignee = claimed ? hrOfficer(random.nextInt(HR_OFFICERS)) : null;
            }
        }
        return new Task(uuid(), instance, step, school, reference, category,
                random.nextInt(100) < step.urgentPercent(), due == null ? null : Timestamp.from(due),
                Timestamp.from(created), assignee, groups, users);
    }

    private Step pick(List<Step> steps) {
        int roll = random.nextInt(steps.stream().mapToInt(Step::weight).sum());
        for (Step step : steps) {
            roll -= step.weight();
            if (roll < 0) {
                return step;
            }
        }
        throw new IllegalStateException();
    }

    /** Workflow user of a school's member: 1 lead, 2 DSL, 3 deputy DSL, 4 head teacher, 5 and up staff. */
    private static String user(long school, int member) {
        return "user:" + (school * 10 + member);
    }

    private String hrOfficer(int officer) {
        return "user:" + ((schools + 1L) * 10 + officer);
    }

    /** Task ids shaped like Flowable's (36-character UUIDs), from the bench's seed so that runs repeat. */
    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private interface Columns<T> {
        void add(T item, List<Object> row);
    }

    /** Multi-row INSERTs of {@value #ROWS_PER_INSERT} rows, committed every ten. */
    private static <T> void insert(Connection db, String into, int columns, List<T> items, Columns<T> values)
            throws SQLException {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        PreparedStatement full = null;
        try {
            for (int from = 0, batch = 0; from < items.size(); from += ROWS_PER_INSERT, batch++) {
                List<T> chunk = items.subList(from, Math.min(items.size(), from + ROWS_PER_INSERT));
                String sql = "INSERT INTO " + into + " VALUES " + String.join(", ",
                        Collections.nCopies(chunk.size(), row));
                List<Object> parameters = new ArrayList<>(chunk.size() * columns);
                chunk.forEach(item -> values.add(item, parameters));
                if (chunk.size() < ROWS_PER_INSERT) {
                    try (PreparedStatement last = db.prepareStatement(sql)) {
                        execute(last, parameters);
                    }
                } else {
                    full = full == null ? db.prepareStatement(sql) : full;
                    execute(full, parameters);
                }
                if (batch % 10 == 9) {
                    db.commit();
                }
            }
            db.commit();
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }

    private static void execute(PreparedStatement insert, List<Object> parameters) throws SQLException {
        for (int p = 0; p < parameters.size(); p++) {
            insert.setObject(p + 1, parameters.get(p));
        }
        insert.executeUpdate();
    }

    // ---- measuring

    private void measure(Connection db) throws SQLException {
        long baseline = BenchDatabase.time(repeats, () -> InboxSql.rows(List.of(taskIds.get(random.nextInt(tasks)))),
                statement -> run(db, statement)).median();
        System.out.printf("%-46s %10s %10s %8s %8s%n", "query", "median us", "p95 us", "median x", "p95 x");
        System.out.printf("%-46s %10d %10s %8s %8s%n", "baseline: one inbox_task row by primary key", baseline / 1000,
                "", "1.0", "");
        measureRole(db, baseline, "lead", () -> {
            long school = school();
            return new Caller(new TaskScope(user(school, 1), List.of(SchoolGroups.onlineSafetyLeads(school))),
                    SchoolGroups.onlineSafetyLeads(school));
        });
        measureRole(db, baseline, "DSL", () -> {
            long school = school();
            return new Caller(new TaskScope(user(school, 2), List.of(SchoolGroups.safeguardingLeads(school))),
                    SchoolGroups.safeguardingLeads(school));
        });
        measureRole(db, baseline, "LA HR", () -> new Caller(new TaskScope(hrOfficer(random.nextInt(HR_OFFICERS)),
                List.of(SchoolGroups.hrOfficers(LA))), SchoolGroups.hrOfficers(LA)));
        System.out.printf("slowest p95: %s%n", worstQuery);
        System.out.printf(Locale.ROOT, "inbox p95/pk-read: %.1f%n", worstRatio);
    }

    private void measureRole(Connection db, long baseline, String role, Supplier<Caller> callers) throws SQLException {
        Function<Caller, InboxFilter> none = c -> InboxFilter.NONE;
        report(db, baseline, role + ": first page", true, () -> page(callers.get(), none, 0));
        report(db, baseline, role + ": count", false, () -> count(callers.get(), none));
        report(db, baseline, role + ": page 10 (rows 181-200)", true, () -> page(callers.get(), none, 9 * PAGE));
        Map<String, Function<Caller, InboxFilter>> filters = new LinkedHashMap<>();
        filters.put("reference search", c -> new InboxFilter(reference(c.group()), null, false, false, false, Claim.ANY,
                null));
        filters.put("category", c -> new InboxFilter(null, category(), false, false, false, Claim.ANY, null));
        filters.put("urgent", c -> new InboxFilter(null, null, true, false, false, Claim.ANY, null));
        filters.put("overdue", c -> new InboxFilter(null, null, false, true, false, Claim.ANY, null));
        filters.put("due this week", c -> new InboxFilter(null, null, false, false, true, Claim.ANY, null));
        filters.put("claimed by me", c -> new InboxFilter(null, null, false, false, false, Claim.MINE, null));
        filters.put("unclaimed", c -> new InboxFilter(null, null, false, false, false, Claim.UNCLAIMED, null));
        if (role.equals("LA HR")) {
            filters.put("school", c -> new InboxFilter(null, null, false, false, false, Claim.ANY, school()));
        }
        for (Map.Entry<String, Function<Caller, InboxFilter>> filter : filters.entrySet()) {
            String label = role + ": " + filter.getKey();
            report(db, baseline, label + ", page", true, () -> page(callers.get(), filter.getValue(), 0));
            report(db, baseline, label + ", count", false, () -> count(callers.get(), filter.getValue()));
        }
    }

    private InboxSql.Statement page(Caller caller, Function<Caller, InboxFilter> filter, int first) {
        return InboxSql.page(caller.scope(), filter.apply(caller), NOW, first, PAGE);
    }

    private InboxSql.Statement count(Caller caller, Function<Caller, InboxFilter> filter) {
        return InboxSql.count(caller.scope(), filter.apply(caller), NOW);
    }

    /**
     * Times the statement and reports it; a page is timed as the inbox shows it: its task ids in
     * inbox order, then those tasks' rows.
     */
    private void report(Connection db, long baseline, String name, boolean page,
                        Supplier<InboxSql.Statement> statements) throws SQLException {
        BenchDatabase.Timing timing = BenchDatabase.time(repeats, statements, statement -> {
            List<Object> ids = run(db, statement);
            if (page && !ids.isEmpty()) {
                run(db, InboxSql.rows(ids.stream().map(String::valueOf).toList()));
            }
        });
        double ratio = (double) timing.p95() / baseline;
        if (ratio > worstRatio) {
            worstRatio = ratio;
            worstQuery = name;
        }
        System.out.printf(Locale.ROOT, "%-46s %10d %10d %8.1f %8.1f%n", name, timing.median() / 1000,
                timing.p95() / 1000, (double) timing.median() / baseline, ratio);
    }

    private static List<Object> run(Connection db, InboxSql.Statement statement) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(statement.sql())) {
            return BenchDatabase.read(query, statement.parameters());
        }
    }

    private String category() {
        return IncidentCategory.values()[random.nextInt(IncidentCategory.values().length)].name();
    }

    private long school() {
        return 1L + random.nextInt(schools);
    }

    /** What someone types to find a case they can see: its number, without the year. */
    private String reference(String group) {
        List<String> seen = references.getOrDefault(group, List.of());
        String reference = seen.isEmpty() ? "SC-2026-%06d".formatted(1 + random.nextInt(tasks))
                : seen.get(random.nextInt(seen.size()));
        return reference.substring(reference.lastIndexOf('-') + 1);
    }
}
