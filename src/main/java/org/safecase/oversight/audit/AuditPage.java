package org.safecase.oversight.audit;

import java.util.List;

/** One page of the audit trail, newest first, and how many rows match in all. */
public record AuditPage(List<AuditRow> rows, long total) {
}
