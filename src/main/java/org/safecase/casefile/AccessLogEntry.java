package org.safecase.casefile;

import java.time.Instant;

/** R-X-3: one opening of a case, or one refused attempt: when, who (a name), and what, in words. */
public record AccessLogEntry(Instant at, String who, boolean refused, String what) {
}
