/**
 * Cross-cutting plumbing: the data source, schema migration, start-up order, the REST
 * application and its description, error mapping to words a person can act on (REST and pages,
 * a post without its page's nonce included), security headers and what is believed of the TLS
 * proxy, health checks, the audit trail and the clock.
 */
package org.safecase.platform;
