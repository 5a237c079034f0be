package org.safecase.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The acknowledgement a reporter gets (R-ST-1): the case reference and when it was recorded.
 * {@code childProtection} tells the page to say only that the DSL has it (R-SX-1);
 * {@code immediateDanger} to repeat: phone 999 now (R-ST-3). {@code guidance}: what the reporter
 * should do now, in words, the same on the page and over REST (R-ST-2, R-ST-3, R-SX-2).
 */
@Schema(name = "ReportReceipt", description = "The acknowledgement of a report: its case reference and what to do now")
public record ReportReceipt(String reference, LocalDateTime reportedAt, boolean childProtection,
                            boolean immediateDanger, List<String> guidance) {
    public ReportReceipt {
        guidance = List.copyOf(guidance);
    }
}
