package org.safecase.policy;

/** How many reminders were queued (someone already reminded today is not reminded again). */
public record Reminded(int queued) {
}
