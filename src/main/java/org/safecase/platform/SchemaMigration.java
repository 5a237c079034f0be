package org.safecase.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

import java.util.logging.Logger;

/**
 * Brings our own tables up to date with the Flyway migrations under {@code db/migration}, as the
 * schema user where there is one ({@link DatabaseAccounts}; issue #15 item 1).
 */
@ApplicationScoped
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    DatabaseAccounts accounts;

    public void migrate() {
        var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(accounts.schemaDataSource())
                .locations("classpath:db/migration")
                .table("safecase_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema migrated: " + result.migrationsExecuted + " migration(s) applied, now at "
                + result.targetSchemaVersion);
    }
}
