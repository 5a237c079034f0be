package org.safecase.policy;

/** JSON body to acknowledge the version in force: {@code {"versionId": 12}} (the version read; a newer one is a 409). */
public record AcknowledgementRequest(Long schoolId, Long versionId) {
}
