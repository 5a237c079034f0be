package org.safecase.casefile;

import java.time.LocalDateTime;

/** A line of a case list. {@code status} is null where the caller may only know it was received. */
public record CaseSummary(String reference, IncidentCategory category, CaseStatus status, LocalDateTime reportedAt) {
}
