package org.safecase.bench;

import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.safecase.calendar.SchoolCalendar;
import org.safecase.calendar.SchoolDay;
import org.safecase.identity.Nation;
import org.safecase.workflow.SchoolWorkingTimeCalendar;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flowable 7.2 on its own, as SafeCase configures it (MariaDB, strong UUIDs, history at its
 * default "audit" level, the school working-time calendar), with the beans a model names
 * stood in by delegates that do nothing: what starting a case's process costs the engine alone.
 */
final class BareEngine implements AutoCloseable {
    private static final Pattern BEAN = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
    private final ProcessEngine engine;

    private BareEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Builds the engine on the (empty) database {@code database} and deploys {@code model}. */
    static BareEngine start(String server, String database, Path model) throws IOException {
        var configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(server + database);
        configuration.setJdbcDriver("org.mariadb.jdbc.Driver");
        configuration.setJdbcUsername("root");
        configuration.setJdbcPassword("");
        configuration.setJdbcMaxActiveConnections(20);
        configuration.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setDatabaseCatalog(database);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setAsyncExecutorActivate(false);
        configuration.setBeans(standIns(model));
        ProcessEngine engine = configuration.buildProcessEngine();
        ((MapBusinessCalendarManager) configuration.getBusinessCalendarManager()).addBusinessCalendar(
                SchoolWorkingTimeCalendar.NAME, new SchoolWorkingTimeCalendar(configuration.getClock(),
                        school -> new SchoolCalendar(Nation.ENGLAND, List.of(), SchoolDay.DEFAULT)));
        try (InputStream xml = new FileInputStream(model.toFile())) {
            engine.getRepositoryService().createDeployment().name("bench")
                    .addInputStream(model.getFileName().toString(), xml).deploy();
        }
        return new BareEngine(engine);
    }

    /** A delegate that does nothing for every bean the model names. */
    private static Map<Object, Object> standIns(Path model) throws IOException {
        Map<Object, Object> beans = new HashMap<>();
        JavaDelegate nothing = execution -> { };
        Matcher named = BEAN.matcher(java.nio.file.Files.readString(model));
        while (named.find()) {
            beans.put(named.group(1), nothing);
        }
        return beans;
    }

    void start(String processKey, String businessKey, Map<String, Object> variables) {
        engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables);
    }

    @Override
    public void close() {
        engine.close();
    }
}
