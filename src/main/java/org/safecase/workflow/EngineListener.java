package org.safecase.workflow;

import org.flowable.common.engine.api.delegate.event.FlowableEventListener;

/**
 * An engine-wide listener that runs in the engine's transaction and fails the command when it
 * fails: what it does (queue a notification, keep the case record) must not be lost silently.
 */
public abstract class EngineListener implements FlowableEventListener {
    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
