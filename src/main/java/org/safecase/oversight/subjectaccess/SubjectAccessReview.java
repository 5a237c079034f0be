package org.safecase.oversight.subjectaccess;

import java.util.List;

/** A request and its free-text passages, as the LA reviewer works on them. */
public record SubjectAccessReview(SubjectAccessEntry request, List<SubjectAccessPassage> passages) {
    public SubjectAccessReview {
        passages = List.copyOf(passages);
    }
}
