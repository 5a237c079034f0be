package org.safecase.workflow;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.delegate.TaskListener;
import org.safecase.childprotection.ChildProtectionRules;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.safecase.calendar.SchoolCalendar;
import org.safecase.calendar.SchoolDay;
import org.safecase.identity.Nation;
import org.safecase.referral.PoliceRules;
import org.safecase.takedown.TakedownRules;
import org.flowable.engine.repository.DeploymentBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One standalone Flowable engine, with the school working-time calendar (every test school is
 * in England with no closures), on the MariaDB test database for the {@code *ProcessTest}s,
 * with the models read straight from {@code bpmn/}. Delegates are replaced by recorders: the
 * process tests prove the paths through the models; the wiring to real beans is proved by the
 * integration tests. The rule beans (police, takedown) are the real ones: they have no state.
 */
final class ProcessEngineOnMariaDb {
    /** Business keys passed to the {@code recordTriageOutcome} delegate, in order. */
    static final List<String> TRIAGES_RECORDED = new CopyOnWriteArrayList<>();
    /** Business keys passed to {@code handCaseToHr}. */
    static final List<String> HANDED_TO_HR = new CopyOnWriteArrayList<>();
    /** Business key and the staff member's answer, as passed to {@code closeStaffCase}. */
    static final Map<String, Boolean> CLOSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Case reference and the referral decision's table version, as passed to {@code recordReferralDecision}. */
    static final Map<String, Integer> REFERRAL_DECISIONS = new java.util.concurrent.ConcurrentHashMap<>();
    /** "reference#child number" for each child's record kept by {@code childSafeguardingRecords}. */
    static final List<String> CHILD_RECORDS = new CopyOnWriteArrayList<>();
    /** Cases whose withheld files {@code destroyWithheldFiles} destroyed. */
    static final List<String> FILES_DESTROYED = new CopyOnWriteArrayList<>();
    /** Child-protection cases closed by {@code closeChildProtectionCase}. */
    static final List<String> CHILD_PROTECTION_CLOSED = new CopyOnWriteArrayList<>();

    /** A school closed on Monday 7 December 2026 (an INSET day); every other test school has no closures. */
    static final long SCHOOL_CLOSED_7_DECEMBER_2026 = 2L;

    /**
     * The test schools' staff, for R-SX-10: {@code dsl.one} (DSL) and {@code deputy.one} (deputy
     * DSL) and {@code head.one} (head teacher) at school 1; {@code staff.one} is not senior.
     */
    static final org.safecase.identity.SchoolStaff STAFF = new org.safecase.identity.SchoolStaff() {
        @Override
        public boolean isSafeguardingLead(String username, long schoolId) {
            return schoolId == 1L && List.of("dsl.one", "deputy.one").contains(username);
        }

        @Override
        public boolean isSeniorStaff(String username, long schoolId) {
            return schoolId == 1L && List.of("dsl.one", "deputy.one", "head.one").contains(username);
        }
    };

    private static ProcessEngine engine;

    private ProcessEngineOnMariaDb() {
    }

    static synchronized ProcessEngine engine() {
        if (engine == null) {
            var configuration = new StandaloneProcessEngineConfiguration();
            String url = System.getProperty("safecase.test.process.db.url",
                    "jdbc:mariadb://127.0.0.1:3306/safecase_process_test");
            configuration.setJdbcUrl(url);
            configuration.setDatabaseCatalog(url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", ""));
            configuration.setJdbcDriver("org.mariadb.jdbc.Driver");
            configuration.setJdbcUsername(System.getProperty("safecase.test.db.user", "safecase_test"));
            configuration.setJdbcPassword(System.getProperty("safecase.test.db.password", "safecase_test"));
            configuration.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            configuration.setCreateDiagramOnDeploy(false);
            configuration.setIdGenerator(new StrongUuidGenerator());
            configuration.setAsyncExecutorActivate(false);
            JavaDelegate recordTriage = execution -> TRIAGES_RECORDED.add(execution.getProcessInstanceBusinessKey());
            JavaDelegate handToHr = execution -> HANDED_TO_HR.add(execution.getProcessInstanceBusinessKey());
            JavaDelegate close = execution -> CLOSED.put(execution.getProcessInstanceBusinessKey(),
                    Boolean.TRUE.equals(execution.getVariable("satisfied")));
            ExecutionListener recordDecision = execution -> REFERRAL_DECISIONS.put(
                    execution.getProcessInstanceBusinessKey(),
                    ((Number) execution.getVariable("referralTableVersion")).intValue());
            TaskListener childRecords = task -> CHILD_RECORDS.add(task.getVariable("caseReference") + "#"
                    + (((Number) task.getVariable("loopCounter")).intValue() + 1));
            JavaDelegate closeChildProtection = execution -> CHILD_PROTECTION_CLOSED.add(
                    execution.getProcessInstanceBusinessKey());
            TaskListener destroyFiles = task -> FILES_DESTROYED.add((String) task.getVariable("caseReference"));
            Map<Object, Object> beans = new java.util.HashMap<>(Map.of("destroyWithheldFiles", destroyFiles));
            beans.putAll(Map.of(
                    "referralDecisionTable", new ReferralDecisionTable(),
                    "recordReferralDecision", recordDecision,
                    "childProtectionRules", new ChildProtectionRules(java.time.Clock.systemDefaultZone(), STAFF),
                    "childSafeguardingRecords", childRecords,
                    "closeChildProtectionCase", closeChildProtection,
                    "recordTriageOutcome", recordTriage,
                    "handCaseToHr", handToHr,
                    "closeStaffCase", close,
                    "policeRules", new PoliceRules(),
                    "takedownRules", new TakedownRules()));
            configuration.setBeans(beans);
            configuration.addConfigurator(new org.flowable.dmn.engine.configurator.DmnEngineConfigurator());
            engine = configuration.buildProcessEngine();
            ((MapBusinessCalendarManager) configuration.getBusinessCalendarManager()).addBusinessCalendar(
                    SchoolWorkingTimeCalendar.NAME, new SchoolWorkingTimeCalendar(configuration.getClock(),
                            school -> new SchoolCalendar(Nation.ENGLAND, school == SCHOOL_CLOSED_7_DECEMBER_2026
                                    ? List.of(new org.safecase.calendar.ClosurePeriod(LocalDate.of(2026, 12, 7),
                                    LocalDate.of(2026, 12, 7))) : List.of(), SchoolDay.DEFAULT)));
            deployModels(engine);
        }
        return engine;
    }

    private static void deployModels(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("process-tests").enableDuplicateFiltering();
        for (String model : java.util.stream.Stream.concat(ProcessModels.RESOURCES.stream(),
                ProcessModels.DECISION_RESOURCES.stream()).toList()) {
            try {
                deployment.addBytes(model, Files.readAllBytes(Path.of("bpmn", model)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deployment.deploy();
    }
}
