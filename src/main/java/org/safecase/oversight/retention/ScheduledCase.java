package org.safecase.oversight.retention;

import java.time.LocalDate;

/** A case's row of {@code retention_schedule}, as the boundaries read it to decide and to destroy. */
record ScheduledCase(long incidentId, String reference, long schoolId, Long localAuthorityId, RecordType type,
                     RetentionRule rule, int years, LocalDate dueOn) {
    static final String COLUMNS = "s.incident_id, s.case_reference, s.school_id, sc.local_authority_id, s.record_type, "
            + "s.rule_applied, s.rule_years, s.due_on";
    static final String FROM = " FROM retention_schedule s JOIN school sc ON sc.id = s.school_id ";

    static ScheduledCase of(Object[] row) {
        return new ScheduledCase(Rows.number(row[0]), (String) row[1], Rows.number(row[2]),
                row[3] == null ? null : Rows.number(row[3]), RecordType.valueOf((String) row[4]),
                RetentionRule.valueOf((String) row[5]), ((Number) row[6]).intValue(), Rows.date(row[7]));
    }
}
