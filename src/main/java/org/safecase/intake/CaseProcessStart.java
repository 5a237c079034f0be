package org.safecase.intake;

import org.safecase.workflow.CaseVariables;
import org.safecase.workflow.SchoolWorkingTimeCalendar;
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
                Map.entry(CaseVariables.SCHOOL_ID, school),
                Map.entry(CaseVariables.SCHOOL_NATION, schools.facts(school).nation().name()),
                Map.entry(CaseVariables.CASE_REFERENCE, incident.reference()),
                Map.entry(CaseVariables.CATEGORY, incident.category().name()),
                Map.entry(CaseVariables.REPORTER_USER, Authorisation.workflowUserId(incident.reporterId())),
                Map.entry(CaseVariables.REVIEW_GROUP, childProtection ? SchoolGroups.safeguardingLeads(school)
                        : SchoolGroups.onlineSafetyLeads(school)),
                Map.entry(CaseVariables.HEAD_TEACHER_GROUP, SchoolGroups.headTeacher(school)),
                Map.entry(CaseVariables.DEPUTY_DSL_GROUP, SchoolGroups.deputySafeguardingLeads(school)),
                Map.entry(CaseVariables.HR_GROUP, SchoolGroups.hrOfficers(localAuthorityId)),
                Map.entry(CaseVariables.TRIAGE_DEADLINE, deadlines.triage()),
                Map.entry(CaseVariables.FIRST_STEP_DUE, circumstances.immediateDanger()
                        ? SchoolWorkingTimeCalendar.inClockTime(deadlines.urgent())
                        : SchoolWorkingTimeCalendar.describe(school, deadlines.triage())),
                Map.entry(CaseVariables.REMOVAL_DEADLINE, deadlines.removalResponse()),
                Map.entry(CaseVariables.PROVIDER_DEADLINE, deadlines.providerResponse()),
                Map.entry(CaseVariables.SATISFACTION_DEADLINE, deadlines.satisfaction()),
                Map.entry(CaseVariables.URGENT, circumstances.immediateDanger()),
                Map.entry(CaseVariables.POLICE_WANTED, circumstances.policeWanted()),
                Map.entry(CaseVariables.WITHHELD_FILES, withheldFiles));
        String processKey = childProtection ? ProcessModels.CHILD_PROTECTION_INCIDENT : ProcessModels.STAFF_INCIDENT;
        return workflow.start(processKey, incident.reference(), variables);
    }
}
