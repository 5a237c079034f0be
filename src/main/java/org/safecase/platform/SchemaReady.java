package org.safecase.platform;

/**
 * Fired once at start-up, synchronously, after our schema is migrated and before
 * {@link PlatformReady}: the moment for engines that keep their own tables (the workflow
 * engine) to start, so that features observing {@link PlatformReady} find them running.
 * An event rather than a call, so the platform need not know which features start here.
 */
public record SchemaReady() {
}
