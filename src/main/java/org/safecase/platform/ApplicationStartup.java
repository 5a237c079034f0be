package org.safecase.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Start-up in a fixed order: our schema, then the schemas others own ({@link SchemaUpgrade}: the
 * workflow engine's tables), both as the schema user; then the runtime user's table grants
 * ({@link DatabaseAccounts}, issue #15 item 1); then whatever keeps its own tables and must run before
 * anything else ({@link SchemaReady}: the workflow engine and its models), then whatever other
 * features need once the platform is ready ({@link PlatformReady}). Both events are synchronous,
 * so each stage has finished (or failed the start-up) before the next begins.
 */
@ApplicationScoped
public class ApplicationStartup {
    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    SchemaMigration schemaMigration;
    @Inject
    DatabaseAccounts accounts;
    @Inject
    Event<SchemaUpgrade> schemaUpgrade;
    @Inject
    Event<SchemaReady> schemaReady;
    @Inject
    Event<PlatformReady> platformReady;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long started = System.nanoTime();
        schemaMigration.migrate();
        schemaUpgrade.fire(new SchemaUpgrade(accounts.schemaDataSource(), accounts.separate()));
        accounts.grantRuntimeAccess();
        schemaReady.fire(new SchemaReady());
        platformReady.fire(new PlatformReady());
        LOG.info(() -> "SafeCase platform ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
