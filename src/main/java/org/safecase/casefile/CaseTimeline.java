package org.safecase.casefile;

import java.util.List;

/** Everything that happened on a case, oldest first, and the steps open now (R-X-3). */
public record CaseTimeline(List<TimelineEntry> happened, List<TimelineEntry> open) {
}
