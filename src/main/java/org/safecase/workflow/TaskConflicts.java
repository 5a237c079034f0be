package org.safecase.workflow;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.safecase.platform.ConflictException;

import java.sql.SQLException;

/**
 * Turns the engine's and the database's answers to two people changing one task at the same
 * moment (already claimed, changed meanwhile by the engine or in the case record, gone, deadlock) into a conflict in words: one of
 * them succeeds, the other is told to look again, never a server error.
 */
final class TaskConflicts {
    private TaskConflicts() {
    }

    static void guard(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof FlowableTaskAlreadyClaimedException) {
                    throw new ConflictException("conflict.taskClaimedByOther");
                }
                if (cause instanceof FlowableOptimisticLockingException || isDeadlock(cause)
                        || cause instanceof jakarta.persistence.OptimisticLockException
                        || cause instanceof jakarta.persistence.PessimisticLockException
                        || cause instanceof jakarta.persistence.LockTimeoutException) {
                    throw new ConflictException("conflict.taskChangedMeanwhile");
                }
                if (cause instanceof FlowableObjectNotFoundException) {
                    throw new ConflictException("conflict.taskAlreadyCompleted");
                }
            }
            throw e;
        }
    }

    /** MariaDB's deadlock (1213) and lock wait timeout (1205), and SQL state 40001. */
    private static boolean isDeadlock(Throwable cause) {
        return cause instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213
                || sql.getErrorCode() == 1205);
    }
}
