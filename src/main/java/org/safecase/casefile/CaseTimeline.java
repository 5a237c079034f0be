package org.safecase.casefile;

import java.util.List;

/**
 * Everything that happened on a case, oldest first, and the steps open now (R-X-3); with the case
 * record itself ({@code record}: each record, its values, who and when).
 */
public record CaseTimeline(List<TimelineEntry> happened, List<TimelineEntry> open, List<CaseRecordEntry> record) {
}
