package org.safecase.oversight.retention;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A line of the destruction log (R-X-5): what was destroyed, when, by whom, under which rule; never content.
 *
 * @param reference   the destroyed case's reference
 * @param type        the kind of record
 * @param rule        the rule it fell due under
 * @param years       the years the rule adds
 * @param dueOn       the day it fell due
 * @param destroyedAt when it was destroyed
 * @param destroyedBy the user who confirmed it (their user name)
 */
public record DestroyedRecord(String reference, RecordType type, RetentionRule rule, int years, LocalDate dueOn,
                              LocalDateTime destroyedAt, String destroyedBy) {
}
