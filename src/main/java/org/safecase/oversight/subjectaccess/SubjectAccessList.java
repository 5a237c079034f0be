package org.safecase.oversight.subjectaccess;

import java.util.List;

/** One page of subject access requests and how many there are in all. */
public record SubjectAccessList(List<SubjectAccessEntry> requests, long total) {
    public SubjectAccessList {
        requests = List.copyOf(requests);
    }
}
