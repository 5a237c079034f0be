package org.safecase.workflow.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.flowable.engine.runtime.ProcessInstance;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.Phrase;
import org.safecase.workflow.CaseVariables;
import org.safecase.workflow.WorkflowEngine;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Item 6: moves one running case to another version of its model, in a transaction of its own,
 * so that a case that fails to move leaves the others moved and itself as it was. The case is
 * judged again first (it may have moved on since the preview); its due dates are kept
 * ({@link DueDates}); the move is recorded for its timeline and in the audit trail. The inbox's
 * read model follows in the same transaction (the engine's migration callback and task events).
 */
@ApplicationScoped
public class CaseMover {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    WorkflowEngine workflowEngine;
    @Inject
    MigrationCheck check;
    @Inject
    DueDates dueDates;
    @Inject
    AuditTrail auditTrail;
    @Inject
    Clock clock;

    /** The case as judged just before the move: moved when {@link CaseMigrationLine#movable()}, else left as it was and why. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CaseMigrationLine move(Caller caller, MigrationTarget target, String processInstanceId) {
        ProcessInstance instance = workflowEngine.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null || !instance.getProcessDefinitionId().equals(target.fromDefinitionId())) {
            String reference = instance == null || instance.getBusinessKey() == null ? processInstanceId : instance.getBusinessKey();
            return new CaseMigrationLine(reference, List.of(), false,
                    List.of(Phrase.of("migrate.reason.notOnVersion", target.fromVersion()).text()), List.of());
        }
        CaseMigrationLine line = check.judge(instance, target);
        if (!line.movable()) {
            return line;
        }
        DueDates.Kept kept = dueDates.keep(processInstanceId);
        workflowEngine.engine().getProcessMigrationService().createProcessInstanceMigrationBuilder()
                .migrateToProcessDefinition(target.toDefinitionId()).migrate(processInstanceId);
        dueDates.restore(processInstanceId, kept, target.toDefinitionId());
        em.persist(new CaseMoveRecord(line.caseReference(), processInstanceId, target.key(), target.modelName(),
                target.fromVersion(), target.toVersion(), caller.userId(), caller.displayName(), LocalDateTime.now(clock)));
        Object school = workflowEngine.engine().getRuntimeService().getVariable(processInstanceId, CaseVariables.SCHOOL_ID);
        auditTrail.record(caller.userId(), school instanceof Number number ? number.longValue() : null, AuditAction.CASE_MIGRATED,
                line.caseReference());
        return line;
    }
}
