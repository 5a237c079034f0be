package org.safecase.oversight.retention;

import java.time.LocalDateTime;

/**
 * A legal hold in force: the case reference, why (the LA admin's words), since when.
 *
 * @param reference the case reference
 * @param reason    why the record is held
 * @param since     when the hold was set
 */
public record HeldRecord(String reference, String reason, LocalDateTime since) {
}
