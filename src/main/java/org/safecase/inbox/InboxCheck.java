package org.safecase.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.workflow.InboxDrift;
import org.safecase.workflow.InboxDriftReport;

/** The boundary of the inbox's drift check: LA admins only. */
@ApplicationScoped
@jakarta.transaction.Transactional
public class InboxCheck {
    @Inject
    Authorisation authorisation;
    @Inject
    InboxDrift drift;
    @Inject
    org.safecase.platform.AuditTrail audit;

    public InboxDriftReport run(Caller caller) {
        authorisation.requireLaAdmin(caller);
        return drift.check();
    }

    public InboxDriftReport repair(Caller caller) {
        authorisation.requireLaAdmin(caller);
        InboxDriftReport repaired = drift.repair();
        audit.record(caller.userId(), null, org.safecase.platform.AuditAction.INBOX_REPAIRED, "inbox");
        return repaired;
    }
}
