package org.safecase.identity;

import java.util.List;

/**
 * A user as the administration pages and REST show them (issue #13 item 3): never a password, a
 * second factor or a case. {@code schoolName} is null for the local authority's own people.
 */
public record StaffEntry(Long id, String username, String name, String email, Long schoolId, String schoolName,
                         List<Role> roles, boolean active) {
    static StaffEntry of(AppUser user, String schoolName) {
        return new StaffEntry(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getSchoolId(), schoolName, user.getRoles().stream().sorted().toList(), user.isActive());
    }
}
