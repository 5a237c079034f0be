package org.safecase.intake;

import java.time.LocalDateTime;

/** A report as typed by the reporter, before validation: every field may be missing or wrong. */
public record IncidentReport(String category, String description, LocalDateTime occurredAt, String platform,
                             String locationUrl, String phoneNumber, String accountName) {
}
