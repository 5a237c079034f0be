package org.safecase.casefile;

import java.util.List;

/** One page of a case list, paged in the database, with the total for the paginator. */
public record CaseList(List<CaseSummary> cases, long total) {
}
