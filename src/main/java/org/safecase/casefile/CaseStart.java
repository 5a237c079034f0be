package org.safecase.casefile;

/**
 * What a case's process starts from: who, where, which category and the circumstances that
 * steer it (danger, police). Handed to intake, which starts the process; the {@link Incident}
 * stays in casefile.
 */
public record CaseStart(Long incidentId, String reference, Long schoolId, Long reporterId, IncidentCategory category,
                        Circumstances circumstances) {
    static CaseStart of(Incident incident) {
        return new CaseStart(incident.getId(), incident.getReference(), incident.getSchoolId(),
                incident.getReporterId(), incident.getCategory(), incident.details().circumstances());
    }
}
