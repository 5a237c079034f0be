package org.safecase.workflow.jobs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.safecase.identity.Caller;
import org.safecase.platform.FormProblems;
import org.safecase.platform.ListPage;
import org.safecase.platform.Messages;
import org.safecase.platform.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code workflow/jobs.xhtml} (issue #14 item 9): the dead-letter jobs and the failed jobs
 * waiting for their next try, each list paged in the database, newest first, with "move back" and
 * "retry now". LA admins only: anyone else is refused in words on the page, and every action is
 * decided again by {@link FailedJobs}; a job gone meanwhile is said in words and the lists re-read.
 */
@Named
@ViewScoped
public class JobsView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    transient FailedJobs failedJobs;
    @Inject
    transient Caller caller;
    @Inject
    transient Messages messages;

    private final ListPage<FailedJob> deadLetter = new ListPage<>(PAGE);
    private final ListPage<FailedJob> retrying = new ListPage<>(PAGE);
    private final FormProblems problems = new FormProblems();

    /** Opens the page on the newest jobs of each list; refused in words for anyone but an LA admin. */
    public void load() {
        try {
            refresh();
        } catch (RuntimeException e) {
            problems.refusePage(e);
        }
    }

    public void moveBack(String jobId) {
        try {
            FailedJob moved = failedJobs.moveBack(caller, jobId);
            PageMessages.info(messages.get("jobs.movedBack", moved.step(), caseOf(moved)));
        } catch (RuntimeException e) {
            problems.show(e);
        }
        refresh();
    }

    public void retryNow(String jobId) {
        try {
            FailedJob retried = failedJobs.retryNow(caller, jobId);
            PageMessages.info(messages.get("jobs.retried", retried.step(), caseOf(retried)));
        } catch (RuntimeException e) {
            problems.show(e);
        }
        refresh();
    }

    public void nextDeadLetter() {
        deadLetter.next();
        refresh();
    }

    public void previousDeadLetter() {
        deadLetter.previous();
        refresh();
    }

    public void nextRetrying() {
        retrying.next();
        refresh();
    }

    public void previousRetrying() {
        retrying.previous();
        refresh();
    }

    private void refresh() {
        deadLetter.load(() -> failedJobs.count(caller, FailedJobState.DEAD_LETTER),
                (first, size) -> failedJobs.page(caller, FailedJobState.DEAD_LETTER, first, size));
        retrying.load(() -> failedJobs.count(caller, FailedJobState.RETRYING),
                (first, size) -> failedJobs.page(caller, FailedJobState.RETRYING, first, size));
    }

    /** The job's case in words: its reference, or that it has none. */
    public String caseOf(FailedJob job) {
        return job.caseReference() != null ? job.caseReference() : messages.get("jobs.noCase");
    }

    /** An action button's accessible name: its visible text, then the step and case it acts on. */
    public String label(String key, FailedJob job) {
        return messages.get(key, job.step(), caseOf(job));
    }

    /** Why the caller may not use the page, or null. */
    public String getRefused() {
        return problems.pageRefusal();
    }

    public String getDeadLetterIntro() {
        return messages.get("jobs.deadLetter.intro", FailedJobs.RETRIES_AFTER_MOVE_BACK);
    }

    public List<FailedJob> getDeadLetter() {
        return deadLetter.rows();
    }

    public long getDeadLetterTotal() {
        return deadLetter.total();
    }

    public String getDeadLetterRange() {
        return deadLetter.range(messages);
    }

    public boolean isDeadLetterPaged() {
        return deadLetter.paged();
    }

    public boolean isDeadLetterFirstPage() {
        return deadLetter.firstPage();
    }

    public boolean isDeadLetterLastPage() {
        return deadLetter.lastPage();
    }

    public List<FailedJob> getRetrying() {
        return retrying.rows();
    }

    public long getRetryingTotal() {
        return retrying.total();
    }

    public String getRetryingRange() {
        return retrying.range(messages);
    }

    public boolean isRetryingPaged() {
        return retrying.paged();
    }

    public boolean isRetryingFirstPage() {
        return retrying.firstPage();
    }

    public boolean isRetryingLastPage() {
        return retrying.lastPage();
    }
}
