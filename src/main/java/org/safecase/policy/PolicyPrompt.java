package org.safecase.policy;

import java.time.LocalDateTime;

/** R-X-6: what the home page says to a member of staff who has not acknowledged the version in force. */
public record PolicyPrompt(int version, LocalDateTime publishedAt, boolean first) {
}
