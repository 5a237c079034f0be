package org.safecase.identity;

/**
 * Names of the per-school (and per-LA, for HR) workflow groups. Tasks are offered to a school's group, never to a
 * role across schools, so a lead of one school can never pick up another school's task.
 */
public final class SchoolGroups {
    private SchoolGroups() {
    }

    public static String onlineSafetyLeads(Long schoolId) {
        return "school:" + schoolId + ":online-safety-lead";
    }

    public static String safeguardingLeads(Long schoolId) {
        return "school:" + schoolId + ":dsl";
    }

    public static String headTeacher(Long schoolId) {
        return "school:" + schoolId + ":head-teacher";
    }

    /** LA HR officers, who see only the cases handed to them (R-ST-9). */
    public static String hrOfficers(Long localAuthorityId) {
        return "la:" + localAuthorityId + ":hr";
    }
}
