package org.safecase.workflow.jobs;

import java.util.List;

/** One page of failed jobs, newest first, and how many there are in all. */
public record FailedJobList(List<FailedJob> jobs, long total) {
    public FailedJobList {
        jobs = List.copyOf(jobs);
    }
}
