package org.safecase.casefile;

import java.util.List;

/** R-X-3: a case's openings and refused attempts, newest first. */
public record AccessLog(List<AccessLogEntry> entries) {
}
