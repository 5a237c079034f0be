package org.safecase.intake;

import java.time.LocalDateTime;

/**
 * The acknowledgement a reporter gets (R-ST-1): the case reference and when it was recorded.
 * {@code childProtection} tells the page to say only that the DSL has it (R-SX-1);
 * {@code immediateDanger} to repeat: phone 999 now (R-ST-3).
 */
public record ReportReceipt(String reference, LocalDateTime reportedAt, boolean childProtection,
                            boolean immediateDanger) {
}
