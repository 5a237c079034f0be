package org.safecase.workflow.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.ConflictException;
import org.safecase.platform.NotFoundException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The failed-jobs console's boundary (issue #14 item 9), for LA admins only
 * ({@link Authorisation#requireMayAdministerWorkflows}): the failed jobs waiting for a retry and
 * the dead-letter jobs, each paged in the engine's tables (newest first), with the case, the step,
 * the error in words and the retries left; "retry now" for a job that waits for its next attempt,
 * "move back" for a dead-letter job, each recorded in the audit trail under the job's case (so the
 * case's timeline tells it). A job that is no longer where the caller saw it is refused in words.
 */
@ApplicationScoped
@Transactional
public class FailedJobs {
    public static final int MAX_PAGE = 100;
    /** A job moved back gets as many automatic retries as a new one (Flowable's default). */
    public static final int RETRIES_AFTER_MOVE_BACK = 3;
    private static final int MAX_ID = 64;

    @Inject
    Authorisation authorisation;
    @Inject
    ManagementService management;
    @Inject
    RuntimeService runtime;
    @Inject
    RepositoryService repository;
    @Inject
    AuditTrail audit;

    public long count(Caller caller, FailedJobState state) {
        authorisation.requireMayAdministerWorkflows(caller);
        return state == FailedJobState.DEAD_LETTER ? management.createDeadLetterJobQuery().count()
                : management.createTimerJobQuery().withException().count();
    }

    /** One page of the jobs in {@code state}, newest first; at most {@value #MAX_PAGE}. */
    public List<FailedJob> page(Caller caller, FailedJobState state, int first, int size) {
        authorisation.requireMayAdministerWorkflows(caller);
        int from = Math.max(0, first);
        int rows = Math.max(1, Math.min(size, MAX_PAGE));
        List<Job> jobs = state == FailedJobState.DEAD_LETTER
                ? management.createDeadLetterJobQuery().orderByJobCreateTime().desc().orderByJobId().asc().listPage(from, rows)
                : management.createTimerJobQuery().withException().orderByJobCreateTime().desc().orderByJobId().asc()
                .listPage(from, rows);
        Map<String, String> references = referencesOf(jobs);
        return jobs.stream().map(job -> row(state, job, references.get(job.getProcessInstanceId()))).toList();
    }

    public FailedJobList list(Caller caller, FailedJobState state, int first, int size) {
        return new FailedJobList(page(caller, state, first, size), count(caller, state));
    }

    /**
     * Runs a job that waits for its next automatic attempt now. A dead-letter job is refused (it is
     * moved back instead), as is a job that has run or gone meanwhile.
     */
    public FailedJob retryNow(Caller caller, String jobId) {
        authorisation.requireMayAdministerWorkflows(caller);
        Job job = waiting(jobId, FailedJobState.RETRYING);
        FailedJob row = row(FailedJobState.RETRYING, job, referenceOf(job));
        engine(() -> management.moveTimerToExecutableJob(jobId));
        audit.record(caller.userId(), null, AuditAction.FAILED_JOB_RETRIED, row.auditSubject());
        return row;
    }

    /**
     * Moves a dead-letter job back among the jobs to run, with {@value #RETRIES_AFTER_MOVE_BACK}
     * retries; it runs at once. A job that still has retries left, or is gone, is refused.
     */
    public FailedJob moveBack(Caller caller, String jobId) {
        authorisation.requireMayAdministerWorkflows(caller);
        Job job = waiting(jobId, FailedJobState.DEAD_LETTER);
        FailedJob row = row(FailedJobState.DEAD_LETTER, job, referenceOf(job));
        engine(() -> management.moveDeadLetterJobToExecutableJob(jobId, RETRIES_AFTER_MOVE_BACK));
        audit.record(caller.userId(), null, AuditAction.FAILED_JOB_MOVED_BACK, row.auditSubject());
        return row;
    }

    /** The job, if it waits in {@code state}; in the other state a conflict, else not found. */
    private Job waiting(String jobId, FailedJobState state) {
        if (jobId == null || jobId.isBlank() || jobId.length() > MAX_ID) {
            throw new NotFoundException("notFound.failedJob");
        }
        Job deadLetter = management.createDeadLetterJobQuery().jobId(jobId).singleResult();
        Job retrying = management.createTimerJobQuery().jobId(jobId).withException().singleResult();
        Job job = state == FailedJobState.DEAD_LETTER ? deadLetter : retrying;
        if (job != null) {
            return job;
        }
        if (state == FailedJobState.DEAD_LETTER && retrying != null) {
            throw new ConflictException("conflict.failedJob.stillRetrying");
        }
        if (state == FailedJobState.RETRYING && deadLetter != null) {
            throw new ConflictException("conflict.failedJob.noRetriesLeft");
        }
        throw new NotFoundException("notFound.failedJob");
    }

    /** The engine's answer to a job gone or changed meanwhile, in words. */
    private static void engine(Supplier<Job> move) {
        try {
            move.get();
        } catch (FlowableObjectNotFoundException gone) {
            throw new NotFoundException("notFound.failedJob");
        } catch (FlowableOptimisticLockingException changed) {
            throw new ConflictException("conflict.failedJob.changedMeanwhile");
        }
    }

    private FailedJob row(FailedJobState state, Job job, String caseReference) {
        String stackTrace = state == FailedJobState.DEAD_LETTER ? management.getDeadLetterJobExceptionStacktrace(job.getId())
                : management.getTimerJobExceptionStacktrace(job.getId());
        FailureWords.Worded error = FailureWords.of(Failure.chainOf(stackTrace, job.getExceptionMessage()), beansOf(job));
        return new FailedJob(job.getId(), state.word(), caseReference,
                job.getElementName() != null ? job.getElementName() : job.getElementId(), error.phrase().text(),
                error.kind(), job.getRetries(), state == FailedJobState.RETRYING && job.getDuedate() != null
                ? job.getDuedate().toInstant() : null);
    }

    private Set<String> beansOf(Job job) {
        if (job.getProcessDefinitionId() == null || job.getElementId() == null) {
            return Set.of();
        }
        return StepBeans.namedBy(repository.getBpmnModel(job.getProcessDefinitionId()).getFlowElement(job.getElementId()));
    }

    private String referenceOf(Job job) {
        return referencesOf(List.of(job)).get(job.getProcessInstanceId());
    }

    /** The case references (business keys) of the jobs' process instances, read in one query. */
    private Map<String, String> referencesOf(List<Job> jobs) {
        Set<String> instances = jobs.stream().map(Job::getProcessInstanceId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, String> references = new HashMap<>();
        if (!instances.isEmpty()) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instances).list()) {
                if (instance.getBusinessKey() != null) {
                    references.put(instance.getId(), instance.getBusinessKey());
                }
            }
        }
        return references;
    }
}
