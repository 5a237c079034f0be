package org.safecase.platform;

/** Fired once at start-up after the schema is migrated and the workflow engine is running ({@link SchemaReady}). */
public record PlatformReady() {
}
