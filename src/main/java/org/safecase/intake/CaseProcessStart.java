package org.safecase.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.safecase.calendar.Deadlines;
import org.safecase.casefile.CaseStart;
import org.safecase.casefile.Circumstances;
import org.safecase.identity.Authorisation;
import org.safecase.identity.SchoolGroups;
import org.safecase.identity.Schools;
import org.safecase.workflow.CaseWorkflow;
import org.safecase.workflow.ProcessModels;

import java.util.Map;

/**
 * Starts the process that fits a case's category: staff cases go to the school's online-safety
 * leads, child-protection cases to its DSLs only (R-SX-1). Used for a new report and for a case
 * re-categorised as child protection.
 */
@ApplicationScoped
class CaseProcessStart {
    @Inject
    Schools schools;
    @Inject
    CaseWorkflow workflow;
    @Inject
    Deadlines deadlines;

    /** @return the process instance id */
    String start(CaseStart incident, Long localAuthorityId, int withheldFiles) {
        boolean childProtection = incident.category().isChildProtection();
        Long school = incident.schoolId();
        Circumstances circumstances = incident.circumstances();
        Map<String, Object> variables = Map.ofEntries(
                Map.entry("schoolId", school),
                Map.entry("schoolNation", schools.facts(school).nation().name()),
                Map.entry("caseReference", incident.reference()),
                Map.entry("category", incident.category().name()),
                Map.entry("reporterUser", Authorisation.workflowUserId(incident.reporterId())),
                Map.entry("reviewGroup", childProtection ? SchoolGroups.safeguardingLeads(school)
                        : SchoolGroups.onlineSafetyLeads(school)),
                Map.entry("headTeacherGroup", SchoolGroups.headTeacher(school)),
                Map.entry("hrGroup", SchoolGroups.hrOfficers(localAuthorityId)),
                Map.entry("triageDeadline", deadlines.triage()),
                Map.entry("removalDeadline", deadlines.removalResponse()),
                Map.entry("providerDeadline", deadlines.providerResponse()),
                Map.entry("urgent", circumstances.immediateDanger()),
                Map.entry("policeWanted", circumstances.policeWanted()),
                Map.entry("withheldFiles", withheldFiles));
        String processKey = childProtection ? ProcessModels.CHILD_PROTECTION_INCIDENT : ProcessModels.STAFF_INCIDENT;
        return workflow.start(processKey, incident.reference(), variables);
    }
}
