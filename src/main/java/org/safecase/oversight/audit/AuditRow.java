package org.safecase.oversight.audit;

import java.time.LocalDateTime;

/**
 * One row of the audit trail as an LA admin sees it: who (user id and name), when, what (the
 * action and its subject: a case reference or an id, never content), which school, and the
 * outcome (DONE or REFUSED).
 */
public record AuditRow(long id, LocalDateTime occurredAt, Long userId, String username, Long schoolId, String school,
                       String action, String subject, String outcome) {
}
