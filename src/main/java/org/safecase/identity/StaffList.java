package org.safecase.identity;

import java.util.List;

/** One page of the users a caller looks after (issue #13 item 3), by name, with the total for the paginator. */
public record StaffList(List<StaffEntry> users, long total) {
}
