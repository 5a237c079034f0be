package org.safecase.casefile;

import java.time.LocalDateTime;

/**
 * A case as the caller may see it. {@code details} is null when the caller may know only that
 * the report was received (a child-protection report seen by its reporter, R-SX-1).
 */
public record CaseView(String reference, CaseStatus status, LocalDateTime reportedAt, IncidentDetails details) {
    public static CaseView receivedOnly(Incident incident) {
        return new CaseView(incident.getReference(), null, incident.getReportedAt(), null);
    }
}
