package org.safecase.workflow.jobs;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.job.api.Job;
import org.safecase.workflow.EngineListener;

/**
 * Engine-wide: every job moved to the dead-letter jobs (out of retries, or moved there by hand)
 * is passed to {@link FailedJobNotices}, in the transaction that moves it.
 */
public final class DeadLetterListener extends EngineListener {
    private final FailedJobNotices notices;

    public DeadLetterListener(FailedJobNotices notices) {
        this.notices = notices;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event.getType() == FlowableEngineEventType.JOB_MOVED_TO_DEADLETTER && event instanceof FlowableEntityEvent moved
                && moved.getEntity() instanceof Job job) {
            notices.tell(new FailedJobNotices.DeadLetter(job.getId(), caseReference(job.getProcessInstanceId()),
                    job.getElementName() != null ? job.getElementName() : job.getElementId()));
        }
    }

    private static String caseReference(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        ExecutionEntity instance = CommandContextUtil.getExecutionEntityManager().findById(processInstanceId);
        return instance == null ? null : instance.getBusinessKey();
    }
}
