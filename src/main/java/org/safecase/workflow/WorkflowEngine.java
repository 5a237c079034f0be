package org.safecase.workflow;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.common.engine.impl.async.DefaultAsyncTaskExecutor;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.dmn.engine.configurator.DmnEngineConfigurator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.safecase.calendar.SchoolCalendars;
import org.safecase.platform.DataSourceConfiguration;
import org.safecase.workflow.jobs.DeadLetterListener;
import org.safecase.workflow.jobs.FailedJobNotices;

import org.flowable.common.engine.api.delegate.event.FlowableEventListener;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Owns the one Flowable process engine of the application. It runs on the container's JTA
 * data source and transaction manager, so a JPA write and a process start in one transaction
 * commit or roll back together.
 */
@ApplicationScoped
public class WorkflowEngine {
    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;
    @Resource(lookup = "java:appserver/TransactionManager")
    TransactionManager transactionManager;
    @Resource
    ManagedThreadFactory threadFactory;
    @Inject
    BeanManager beanManager;
    @Inject
    jakarta.enterprise.event.Event<EngineStarted> engineStarted;
    @Inject
    SchoolCalendars schoolCalendars;
    @Inject
    Event<TaskCreated> taskCreated;
    @Inject
    StepRecords stepRecords;
    @Inject
    java.time.Clock clock;
    @Inject
    InboxTasks inboxTasks;
    @Inject
    InboxRebuild inboxRebuild;
    @Inject
    FailedJobNotices failedJobNotices;

    private volatile ProcessEngine engine;
    /** Whether Flowable's tables were brought up to date by the schema user, so the runtime engine only checks them. */
    private volatile boolean schemaUpgradedApart;

    /**
     * Issue #15 item 1: creates or upgrades Flowable's tables (process and DMN engines) as the schema
     * user, with an engine built for that alone and closed again, when they are missing or of an
     * older version; the runtime user, which may not change tables, then starts the real engine
     * with only a version check. Without a separate schema user the real engine does it, as before.
     */
    public synchronized void upgradeSchema(DataSource schema, boolean separate) {
        if (!separate) {
            return;
        }
        schemaUpgradedApart = true;
        String catalog;
        try (Connection connection = schema.getConnection()) {
            catalog = connection.getCatalog();
            if (ProcessEngine.VERSION.equals(flowableSchemaVersion(connection))) {
                return;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database as the schema user", e);
        }
        long started = System.nanoTime();
        var configuration = new org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration();
        configuration.setDataSource(schema);
        configuration.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setDatabaseCatalog(catalog);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setEngineName("safecase-schema");
        configuration.setAsyncExecutorActivate(false);
        configuration.addConfigurator(new DmnEngineConfigurator());
        configuration.buildProcessEngine().close();
        LOG.info(() -> "Workflow engine tables upgraded by the schema user in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private static String flowableSchemaVersion(Connection connection) {
        try (var query = connection.prepareStatement("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'schema.version'");
             var rows = query.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException noTablesYet) {
            return null;
        }
    }

    /** Builds the engine (creating or upgrading Flowable's tables) and deploys the models. */
    public synchronized void start() {
        if (engine != null) {
            return;
        }
        var configuration = new JtaProcessEngineConfiguration();
        configuration.setTransactionManager(transactionManager);
        configuration.setDataSource(dataSource);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(schemaUpgradedApart ? AbstractEngineConfiguration.DB_SCHEMA_UPDATE_FALSE
                : AbstractEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // Without this, Flowable's "are my tables there?" check on MariaDB also looks in the other
        // databases the user can see, finds their ACT_* tables and "upgrades" tables that do not exist.
        configuration.setDatabaseCatalog(currentDatabase());
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setClock(new EngineClock(clock));
        configuration.setBeans(new CdiBeanMap(beanManager));
        configuration.setEngineName("safecase");
        // The models carry their layout (BPMNDI) for the editors and viewers, which draw them in the
        // browser: no PNG is made and stored with each deployment.
        configuration.setCreateDiagramOnDeploy(false);
        // Issue #14: LA admins deploy files they edited or imported; no DTD or external entity is resolved in them.
        configuration.setEnableSafeBpmnXml(true);
        // Decision tables (bpmn/*.dmn) run in a DMN engine sharing this engine's data source and transactions.
        configuration.addConfigurator(new DmnEngineConfigurator());
        // Every completed step and missed deadline is written to the case record in the same
        // transaction, whichever model version it belongs to (StepRecords).
        StepCompletedListener caseRecord = new StepCompletedListener(stepRecords);
        Map<String, List<FlowableEventListener>> listeners = new HashMap<>();
        listen(listeners, FlowableEngineEventType.TASK_CREATED, new TaskCreatedListener(taskCreated::fire));
        listen(listeners, FlowableEngineEventType.TASK_COMPLETED, caseRecord);
        listen(listeners, FlowableEngineEventType.ACTIVITY_COMPLETED, caseRecord);
        listen(listeners, FlowableEngineEventType.TIMER_FIRED, caseRecord);
        // The inbox's read model follows every change to a task, in the same transaction (issue #10).
        InboxTaskListener inbox = new InboxTaskListener(inboxTasks);
        InboxTaskListener.EVENTS.forEach(type -> listen(listeners, type, inbox));
        // A job out of retries is a task and an e-mail for the LA admins, in the same transaction (issue #14 item 9).
        listen(listeners, FlowableEngineEventType.JOB_MOVED_TO_DEADLETTER, new DeadLetterListener(failedJobNotices));
        configuration.setTypedEventListeners(listeners);
        configuration.setProcessInstanceMigrationCallbacks(List.of(new InboxMigrationCallback(inboxTasks)));
        // Timers (deadlines) run on the async executor. It is started below, on container-managed
        // threads, so that beans, transactions and JNDI work inside jobs as they do in requests.
        configuration.setAsyncExecutorActivate(false);
        // A failed job is recorded in a transaction of its own, not nested (see FailedJobHandler).
        configuration.setCustomAsyncRunnableExecutionExceptionHandlers(List.of(new FailedJobHandler()));
        configuration.setAddDefaultExceptionHandler(false);
        engine = configuration.buildProcessEngine();
        ((org.flowable.dmn.engine.DmnEngineConfiguration) configuration.getEngineConfigurations()
                .get(org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG))
                .setEnableSafeDmnXml(true);
        AsyncExecutor jobs = configuration.getAsyncExecutor();
        if (jobs.getTaskExecutor() instanceof DefaultAsyncTaskExecutor taskExecutor) {
            taskExecutor.setThreadFactory(threadFactory);
        }
        jobs.start();
        ((MapBusinessCalendarManager) configuration.getBusinessCalendarManager()).addBusinessCalendar(
                SchoolWorkingTimeCalendar.NAME,
                new SchoolWorkingTimeCalendar(configuration.getClock(), schoolCalendars::forSchool));
        LOG.info("Workflow engine started");
        engineStarted.fire(new EngineStarted());
        inboxRebuild.ifRequested(engine.getManagementService());
    }

    private static void listen(Map<String, List<FlowableEventListener>> listeners, FlowableEngineEventType type,
                               FlowableEventListener listener) {
        listeners.computeIfAbsent(type.name(), name -> new ArrayList<>()).add(listener);
    }

    private String currentDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getCatalog();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to start the workflow engine", e);
        }
    }

    public ProcessEngine engine() {
        if (engine == null) {
            throw new IllegalStateException("Workflow engine not started");
        }
        return engine;
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            try {
                engine.close();
            } catch (RuntimeException e) {
                // At undeployment the data source may already be gone; there is nothing left to release.
                LOG.warning(() -> "Workflow engine did not close cleanly: " + e);
            }
            engine = null;
        }
    }
}
