package org.safecase.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whose accounts a caller may look after (issue #13 item 3), as {@link Authorisation#staffScope}
 * decides: an LA admin every user and school of their local authority, with every role; a head
 * teacher the staff of their own school, and only the school's roles below their own.
 *
 * @param localAuthorityId the local authority whose users are in scope; null: none
 * @param schoolId         only this school's users (a head teacher), or null for the whole local authority
 * @param assignable       the roles the caller may give or take away
 * @param administers      may create, correct, deactivate and reactivate users, send password links,
 *                         import staff and keep schools (LA admins)
 */
public record StaffScope(Long localAuthorityId, Long schoolId, Set<Role> assignable, boolean administers) {
    /** The roles of a school's people; the others (HR officer, LA admin) belong to the local authority. */
    public static final Set<Role> SCHOOL_ROLES = Set.copyOf(EnumSet.of(Role.STAFF, Role.ONLINE_SAFETY_LEAD, Role.DSL,
            Role.DEPUTY_DSL, Role.HEAD_TEACHER, Role.GOVERNOR));

    static final StaffScope NONE = new StaffScope(null, null, Set.of(), false);

    public StaffScope {
        assignable = assignable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(assignable));
    }

    /** Whether the caller looks after anyone at all. */
    public boolean coversAnyone() {
        return localAuthorityId != null;
    }

    /** Whether a user of this local authority and school (null: LA level) is in scope. */
    public boolean covers(Long userLocalAuthorityId, Long userSchoolId) {
        return localAuthorityId != null && localAuthorityId.equals(userLocalAuthorityId)
                && (schoolId == null || schoolId.equals(userSchoolId));
    }
}
