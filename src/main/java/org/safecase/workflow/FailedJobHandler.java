package org.safecase.workflow;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEventDispatcher;
import org.flowable.job.api.JobInfo;
import org.flowable.job.service.JobServiceConfiguration;
import org.flowable.job.service.event.impl.FlowableJobEventBuilder;
import org.flowable.job.service.impl.asyncexecutor.AsyncRunnableExecutionExceptionHandler;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records a failed background job (one retry fewer and its next try, or the dead-letter jobs when
 * none is left) in a transaction of its own, on the job's thread once the job's own transaction
 * has rolled back; then tells the engine's listeners it failed. Flowable's default handler runs the
 * same command nested in another (a new transaction inside a command, with a suspend and a resume
 * of the outer one). On Payara that left the thread inside a transaction that the next command,
 * the release of the case for other jobs, wrote into and nobody committed: the case's row stayed
 * locked and every later change to the case timed out (seen in FailedJobsIT, issue #14 item 9).
 * The stack trace stays in the log and with the job.
 */
final class FailedJobHandler implements AsyncRunnableExecutionExceptionHandler {
    private static final Logger LOG = Logger.getLogger(FailedJobHandler.class.getName());

    @Override
    public boolean handleException(JobServiceConfiguration jobs, JobInfo job, Throwable exception) {
        LOG.log(Level.WARNING, "Job " + job.getId() + " failed", org.safecase.platform.Failures.forLog(exception));
        jobs.getCommandExecutor().execute(jobs.getFailedJobCommandFactory().getCommand(job.getId(), exception));
        jobs.getCommandExecutor().execute(commandContext -> {
            FlowableEventDispatcher events = jobs.getEventDispatcher();
            if (events != null && events.isEnabled()) {
                events.dispatchEvent(FlowableJobEventBuilder.createEntityExceptionEvent(
                        FlowableEngineEventType.JOB_EXECUTION_FAILURE, job, exception), jobs.getEngineName());
            }
            return null;
        });
        return true;
    }
}
