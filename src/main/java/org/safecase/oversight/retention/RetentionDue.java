package org.safecase.oversight.retention;

import java.time.LocalDate;

/**
 * When a record falls due for destruction (or, for child protection, the DSL's review), and why.
 *
 * @param type  the kind of record
 * @param rule  the rule that gave the date
 * @param years the years the rule adds
 * @param dueOn the first day on which it may be destroyed
 */
public record RetentionDue(RecordType type, RetentionRule rule, int years, LocalDate dueOn) {
}
