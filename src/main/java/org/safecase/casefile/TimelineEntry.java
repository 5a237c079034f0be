package org.safecase.casefile;

import java.time.Instant;

/** One line of a case's timeline or of its open steps: what, when, who (a name), and due date. */
public record TimelineEntry(String what, Instant at, String who, Instant due) {
}
