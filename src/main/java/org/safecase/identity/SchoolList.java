package org.safecase.identity;

import java.util.List;

/** One page of the schools an LA admin keeps (issue #13 item 3), by name, with the total for the paginator. */
public record SchoolList(List<SchoolEntry> schools, long total) {
}
