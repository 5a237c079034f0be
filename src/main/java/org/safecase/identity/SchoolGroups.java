package org.safecase.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Names of the per-school (and per-LA, for HR) workflow groups. Tasks are offered to a school's group, never to a
 * role across schools, so a lead of one school can never pick up another school's task.
 */
public final class SchoolGroups {
    private static final String WORKFLOW_ADMINISTRATORS = "installation:workflow-admin";

    private SchoolGroups() {
    }

    public static String onlineSafetyLeads(Long schoolId) {
        return "school:" + schoolId + ":online-safety-lead";
    }

    public static String safeguardingLeads(Long schoolId) {
        return "school:" + schoolId + ":dsl";
    }

    /** The deputy DSLs only: told when the DSL's review is late. */
    public static String deputySafeguardingLeads(Long schoolId) {
        return "school:" + schoolId + ":deputy-dsl";
    }

    public static String headTeacher(Long schoolId) {
        return "school:" + schoolId + ":head-teacher";
    }

    /** LA HR officers, who see only the cases handed to them (R-ST-9). */
    public static String hrOfficers(Long localAuthorityId) {
        return "la:" + localAuthorityId + ":hr";
    }

    /**
     * Issue #14 item 9: the LA admins of the installation, who look after its workflows (the
     * models are shared by every school it serves): told when a step of a case has failed for good.
     */
    public static String workflowAdministrators() {
        return WORKFLOW_ADMINISTRATORS;
    }

    /**
     * Who a group name stands for: members of a school (or, for HR, of an LA) holding one of the
     * roles; with neither a school nor an LA, everyone of the installation holding one of them.
     */
    public record Members(Long schoolId, Long localAuthorityId, Set<Role> roles) {
    }

    /** The inverse of the names above; empty for a name that is not ours. */
    public static Optional<Members> members(String group) {
        if (WORKFLOW_ADMINISTRATORS.equals(group)) {
            return Optional.of(new Members(null, null, EnumSet.of(Role.LA_ADMIN)));
        }
        String[] parts = group == null ? new String[0] : group.split(":");
        if (parts.length != 3 || !parts[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        Long id = Long.valueOf(parts[1]);
        if ("la".equals(parts[0]) && "hr".equals(parts[2])) {
            return Optional.of(new Members(null, id, EnumSet.of(Role.HR_OFFICER)));
        }
        if (!"school".equals(parts[0])) {
            return Optional.empty();
        }
        return switch (parts[2]) {
            case "online-safety-lead" -> Optional.of(new Members(id, null, EnumSet.of(Role.ONLINE_SAFETY_LEAD)));
            case "dsl" -> Optional.of(new Members(id, null, EnumSet.of(Role.DSL, Role.DEPUTY_DSL)));
            case "deputy-dsl" -> Optional.of(new Members(id, null, EnumSet.of(Role.DEPUTY_DSL)));
            case "head-teacher" -> Optional.of(new Members(id, null, EnumSet.of(Role.HEAD_TEACHER)));
            default -> Optional.empty();
        };
    }
}
