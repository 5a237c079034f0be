package org.safecase.platform;

import javax.sql.DataSource;

/**
 * Fired once at start-up, synchronously, after our own migrations and before the runtime user's
 * grants ({@link DatabaseAccounts}): the moment for engines that keep their own tables (the workflow
 * engine) to create or upgrade them on {@code schema}, the schema user's data source (issue #15
 * item 1). {@code separate} says whether that is another account than the application's; if not,
 * an engine may as well upgrade its tables when it starts, as before.
 */
public record SchemaUpgrade(DataSource schema, boolean separate) {
}
