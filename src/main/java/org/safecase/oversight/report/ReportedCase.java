package org.safecase.oversight.report;

import org.safecase.casefile.IncidentCategory;

import java.time.LocalDateTime;

/**
 * What the annual report needs of one case reported in the year, read from the case record
 * (never its text): its school and category, when it was reported, first answered (the lead's
 * completed triage, or the DSL's initial review of a child-protection case) and closed; the staff
 * member's answer at closure; whether it went to the police (a staff case) or to police or
 * children's social care (child protection), or was handled in school; how many deadlines were
 * missed on it (escalation records); how many of its open tasks are past their due date now.
 */
public record ReportedCase(long schoolId, IncidentCategory category, LocalDateTime reportedAt,
                           LocalDateTime firstResponseAt, LocalDateTime closedAt, Boolean satisfied,
                           boolean noSatisfactionAnswer, boolean policeReferral, boolean agencyReferral,
                           boolean handledInSchool, int escalations, int overdueTasks) {
    public boolean childProtection() {
        return category.isChildProtection();
    }
}
