package org.safecase.policy;

/** JSON body to remind staff: {@code {"schoolId":1}} everyone outstanding, or {@code "userId"} one person. */
public record ReminderRequest(Long schoolId, Long userId) {
}
