/**
 * Cross-cutting plumbing: the data source, schema migration, start-up order, the REST
 * application, error mapping to words a person can act on, the audit trail and the clock.
 */
package org.safecase.platform;
