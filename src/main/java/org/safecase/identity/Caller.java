package org.safecase.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asking: the signed-in user's id, school (null for LA-level users) and roles. Every
 * boundary method takes one, so what a request may see never depends on hidden state.
 */
public record Caller(Long userId, String username, String displayName, Long localAuthorityId,
                     Long schoolId, Set<Role> roles) {
    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean belongsTo(Long school) {
        return schoolId != null && schoolId.equals(school);
    }
}
