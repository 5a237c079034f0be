package org.safecase.oversight.retention;

import java.time.LocalDate;

/**
 * A record due for destruction, as the retention page lists it: its reference and kind, never its content.
 *
 * @param reference  the case reference
 * @param schoolName the school whose record it is
 * @param type       the kind of record
 * @param rule       the rule that made it due
 * @param years      the years the rule adds
 * @param dueOn      the day it fell due
 * @param onHold     whether a legal hold blocks its destruction
 * @param queued     whether a destruction run is about to destroy it
 */
public record DueRecord(String reference, String schoolName, RecordType type, RetentionRule rule, int years,
                        LocalDate dueOn, boolean onHold, boolean queued) {
}
