package org.safecase.workflow.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.engine.RuntimeService;
import org.safecase.workflow.ProcessModels;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Tells the LA admins that a job has gone dead-letter (issue #14 item 9): a {@code failedJobNotice}
 * process whose one task, "Look at a failed job", is offered to the workflow administrators (every
 * active LA admin of the installation) and mailed to them like any new task. It is started in the
 * engine's transaction that moves the job ({@link DeadLetterListener}): a move that rolls back (and
 * is tried again) leaves no notice behind, so each move that happens gives exactly one notice,
 * and a job that goes dead-letter twice gives two. The notice belongs to no case: it carries the
 * job's id, its case's reference and its step as variables, and no case text.
 */
@ApplicationScoped
public class FailedJobNotices {
    static final String JOB_ID = "failedJobId";
    static final String CASE_REFERENCE = "failedCaseReference";
    static final String STEP = "failedStep";
    private static final Logger LOG = Logger.getLogger(FailedJobNotices.class.getName());

    @Inject
    RuntimeService runtime;

    /** One job gone dead-letter: its id, its case (or null) and the step, in the model's words or its id. */
    public record DeadLetter(String jobId, String caseReference, String step) {
    }

    void tell(DeadLetter job) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(JOB_ID, job.jobId());
        variables.put(CASE_REFERENCE, job.caseReference());
        variables.put(STEP, job.step());
        runtime.startProcessInstanceByKey(ProcessModels.FAILED_JOB_NOTICE, variables);
        LOG.warning(() -> "Job " + job.jobId() + " moved to the dead-letter jobs; the LA admins are told");
    }
}
