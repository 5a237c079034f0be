/**
 * Issue #14 item 9: failed jobs. A step the engine runs in the background (an asynchronous service
 * step, a deadline) that fails is tried again a few times; one that keeps failing is moved to the
 * dead-letter jobs and waits for a person. LA admins see both kinds on a console
 * ({@link org.safecase.workflow.jobs.FailedJobs}: the case, the step, the error in words, the
 * retries left), run a waiting retry now or move a dead-letter job back, audited; and are told
 * when a job goes dead-letter ({@link org.safecase.workflow.jobs.FailedJobNotices}: a task in
 * their inbox, mailed like any task). Part of the workflow feature: it may use the engine's
 * internals; its page and resource only its boundary.
 */
package org.safecase.workflow.jobs;
