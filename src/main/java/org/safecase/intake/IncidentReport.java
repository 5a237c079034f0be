package org.safecase.intake;

import java.time.LocalDateTime;

/**
 * A report as typed by the reporter, before validation: every field may be missing or wrong.
 * Who did it, immediate danger and the wish for police are optional answers (R-ST-3).
 */
public record IncidentReport(String category, String description, LocalDateTime occurredAt, String platform,
                             String locationUrl, String phoneNumber, String accountName, String perpetrator,
                             String perpetratorName, Boolean immediateDanger, Boolean policeWanted,
                             String evidenceHeld) {
    /** What, when and where only. */
    public IncidentReport(String category, String description, LocalDateTime occurredAt, String platform,
                          String locationUrl, String phoneNumber, String accountName) {
        this(category, description, occurredAt, platform, locationUrl, phoneNumber, accountName, null, null, null,
                null, null);
    }
}
