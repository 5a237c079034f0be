package org.safecase.policy;

import java.time.LocalDateTime;

/** When the caller acknowledged the version in force (the first time, if they did it twice). */
public record Acknowledged(LocalDateTime acknowledgedAt) {
}
