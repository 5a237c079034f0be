package org.safecase.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.safecase.identity.Authorisation;
import org.safecase.identity.StaffRightsChanged;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.workflow.TaskInbox;
import org.safecase.workflow.TaskSummary;

/**
 * Issue #13 item 3: when a user is deactivated, or their roles or school change, the tasks they
 * hold and may no longer work on go back to their groups at once (in the same transaction), so
 * that no case waits on someone who has left; each is audited as given back (under no school: the
 * user may have moved to another, and the case reference names the case).
 */
@ApplicationScoped
public class HeldTasks {
    @Inject
    TaskInbox inbox;
    @Inject
    Authorisation authorisation;
    @Inject
    AuditTrail audit;

    void giveBack(@Observes StaffRightsChanged changed) {
        for (TaskSummary task : inbox.giveBackHeldBy(authorisation.taskScope(changed.user()), !changed.active())) {
            audit.record(changed.actorId(), null, AuditAction.TASK_UNCLAIMED, task.auditSubject());
        }
    }
}
