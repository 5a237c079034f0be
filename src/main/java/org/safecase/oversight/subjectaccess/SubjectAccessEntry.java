package org.safecase.oversight.subjectaccess;

import java.time.LocalDateTime;

/**
 * A subject access request as its subject, its requester and its reviewers see it: whose it is, who
 * asked, where it is, and how many of its free-text passages the reviewer has gone through. No content.
 */
public record SubjectAccessEntry(long id, String subject, String subjectName, String requesterName,
                                 SubjectAccessState state, LocalDateTime createdAt, LocalDateTime releasedAt,
                                 int passages, int reviewed) {
    public boolean isReleased() {
        return state == SubjectAccessState.RELEASED;
    }
}
