package org.safecase.identity;

import java.util.Set;

/** Who a presented token acts for: its user's name and roles, and whether it may only read. */
record TokenHolder(Long tokenId, Long userId, Long schoolId, String username, Set<String> groups, boolean readOnly) {
}
