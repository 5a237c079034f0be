package org.safecase.casefile;

import java.time.LocalDateTime;

/** What the reporter told us, already validated: category, what, when, where, and the circumstances. */
public record IncidentDetails(IncidentCategory category, String description, LocalDateTime occurredAt,
                              String platform, String locationUrl, String phoneNumber, String accountName,
                              Circumstances circumstances) {
}
