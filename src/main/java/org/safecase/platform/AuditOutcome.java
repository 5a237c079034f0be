package org.safecase.platform;

/** Issue #15 item 1 (R-X-3): whether what an audit row records was done, or refused. */
public enum AuditOutcome {
    DONE,
    REFUSED
}
