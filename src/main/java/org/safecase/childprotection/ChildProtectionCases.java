package org.safecase.childprotection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.safecase.casefile.CaseFiles;
import org.safecase.casefile.OpenCase;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.ConflictException;
import org.safecase.platform.NotFoundException;
import org.safecase.workflow.CaseSteps;
import org.safecase.workflow.ChildProtectionWorkflow;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The DSL's actions on a child-protection case: refer it now, close it, and read each child's
 * record. Only those who may see the whole case get past not-found (R-SX-1); only the DSL and
 * deputy DSL may act.
 */
@ApplicationScoped
@Transactional
public class ChildProtectionCases {
    @Inject
    CaseFiles caseFiles;
    @Inject
    ChildProtectionWorkflow workflow;
    @Inject
    ChildSafeguardingRecords records;
    @Inject
    CaseSteps steps;
    @Inject
    AuditTrail audit;
    @Inject
    Authorisation authorisation;
    @Inject
    org.safecase.platform.Messages messages;

    /** R-SX-4: handling in school never rules out referral; the DSL can refer at any time. */
    public void referNow(Caller caller, String reference) {
        OpenCase open = requireDslOf(caller, reference);
        workflow.referNow(reference);
        audit.record(caller.userId(), open.schoolId(), AuditAction.REFERRAL_REQUESTED, reference);
    }

    /**
     * The step that closes the case, when it may be closed; otherwise why not, in words
     * (R-SX-4: not while a referral is unrecorded; R-SX-7: not before the DSL's record is complete).
     */
    public String closingStep(Caller caller, String reference) {
        requireDslOf(caller, reference);
        if (workflow.referralUnderway(reference)) {
            throw new ConflictException(ClosureRefusal.REFERRALS_UNRECORDED);
        }
        return workflow.closingStep(reference).orElseThrow(() -> {
            List<CaseSteps.Step> open = steps.open(reference);
            return open.isEmpty() ? new ConflictException("conflict.caseClosed")
                    : new ConflictException("conflict.closure.stepsOpen",
                    open.stream().map(CaseSteps.Step::name).collect(Collectors.joining("; ")));
        });
    }

    /** R-SX-3, R-SX-5, R-SX-6: each child's record, for those who may see the whole case. */
    public List<ChildSafeguarding> children(Caller caller, String reference) {
        OpenCase open = requireChildProtection(caller, reference);
        audit.record(caller.userId(), open.schoolId(), org.safecase.platform.AuditAction.CHILD_RECORDS_VIEWED,
                open.reference());
        return records.of(open.incidentId());
    }

    private OpenCase requireDslOf(Caller caller, String reference) {
        OpenCase open = requireChildProtection(caller, reference);
        authorisation.requireMaySafeguard(caller);
        if (caseFiles.isClosed(open)) {
            throw new ConflictException("case.closed.refused");
        }
        return open;
    }

    private OpenCase requireChildProtection(Caller caller, String reference) {
        OpenCase open = caseFiles.openWhole(caller, reference);
        if (!open.childProtection()) {
            throw new NotFoundException("notFound.case");
        }
        return open;
    }
}
