package org.safecase.identity;

import java.util.List;

/**
 * A user as an LA admin types them (issue #13 item 3): name, e-mail, school (null for the local
 * authority's own people) and roles by name ({@link Role}). Checked strictly at the boundary.
 */
public record StaffForm(String name, String email, Long schoolId, List<String> roles) {
}
