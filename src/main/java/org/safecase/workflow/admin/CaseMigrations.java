package org.safecase.workflow.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.ConflictException;
import org.safecase.platform.Failures;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotFoundException;
import org.safecase.platform.Phrase;
import org.safecase.workflow.WorkflowEngine;

import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Item 6 of issue #14, for LA admins: the cases running on one version of a process model stay
 * on it unless the admin moves them to another version. The preview says, case by case, the
 * step(s) it is on and where each lands, and which cannot move and why ({@link MigrationCheck});
 * moving takes every case that can move (or those chosen), {@value #BATCH} at a time, each in a
 * transaction of its own ({@link CaseMover}), keeping its due dates, recording the move in its
 * timeline and keeping the inbox right. A page moves one batch per request and shows progress.
 */
@ApplicationScoped
public class CaseMigrations {
    /** Cases per preview page and per batch of a migration. */
    public static final int BATCH = 50;
    /** Most cases that may be named in one request. */
    public static final int MAX_CHOSEN = 1000;
    private static final Logger LOG = Logger.getLogger(CaseMigrations.class.getName());

    @Inject
    Authorisation authorisation;
    @Inject
    ModelDeployments deployments;
    @Inject
    WorkflowEngine workflowEngine;
    @Inject
    MigrationCheck check;
    @Inject
    CaseMover mover;

    /**
     * One page of what moving the cases of version {@code from} to version {@code to} (the newest
     * when null, or the newest other one when {@code from} is the newest) would do, oldest case first.
     */
    @Transactional
    public MigrationPreview preview(Caller caller, String key, int from, Integer to, int first, int size) {
        MigrationTarget target = target(caller, key, from, to);
        List<ProcessInstance> page = runtime().createProcessInstanceQuery().processDefinitionId(target.fromDefinitionId())
                .orderByStartTime().asc().orderByProcessInstanceId().asc()
                .listPage(Math.max(0, first), Math.max(1, Math.min(size, BATCH)));
        return new MigrationPreview(key, target.modelName(), from, target.toVersion(), otherVersions(key, from),
                deployments.runningCases(target.fromDefinitionId()), Math.max(0, first),
                page.stream().map(instance -> check.judge(instance, target)).toList());
    }

    /**
     * Moves every case of version {@code from} that can move to version {@code to} or, when
     * {@code references} are given, those cases only; batch after batch until done.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public MigrationResult migrate(Caller caller, String key, int from, Integer to, List<String> references) {
        MigrationProgress progress = start(caller, key, from, to, references);
        while (!progress.isDone()) {
            moveBatch(caller, progress);
        }
        return progress.result();
    }

    /** A migration ready to move its first batch ({@link #moveBatch}), for a page that shows each batch as it goes. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public MigrationProgress start(Caller caller, String key, int from, Integer to, List<String> references) {
        authorisation.requireMayAdministerWorkflows(caller);
        if (to == null) {
            throw new InvalidInputException(List.of(new FieldProblem("to", "problem.migrate.toMissing")));
        }
        List<String> chosen = references == null ? null : chosen(references);
        MigrationTarget target = target(caller, key, from, to);
        return new MigrationProgress(target, chosen == null ? deployments.runningCases(target.fromDefinitionId()) : chosen.size(), chosen);
    }

    /** Moves the next batch of a migration, each case in a transaction of its own; marks it done after the last. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void moveBatch(Caller caller, MigrationProgress progress) {
        authorisation.requireMayAdministerWorkflows(caller);
        MigrationTarget target = progress.target();
        if (progress.isDone()) {
            return;
        }
        Deque<String> chosen = progress.chosen();
        if (chosen == null) {
            List<ProcessInstance> batch = runtime().createNativeProcessInstanceQuery()
                    .sql("SELECT RES.* FROM ACT_RU_EXECUTION RES WHERE RES.PARENT_ID_ IS NULL AND RES.PROC_DEF_ID_ = #{definition} "
                            + "AND RES.ID_ > #{after} ORDER BY RES.ID_")
                    .parameter("definition", target.fromDefinitionId()).parameter("after", progress.after())
                    .listPage(0, BATCH);
            batch.forEach(instance -> moveOne(caller, progress, instance.getId(), instance.getBusinessKey()));
            if (batch.size() < BATCH) {
                progress.finish();
            }
            return;
        }
        for (int taken = 0; taken < BATCH && !chosen.isEmpty(); taken++) {
            String reference = chosen.poll();
            List<ProcessInstance> running = runtime().createProcessInstanceQuery().processDefinitionId(target.fromDefinitionId())
                    .processInstanceBusinessKey(reference).list();
            if (running.isEmpty()) {
                progress.notMoved(new CaseNotMoved(reference, List.of(Phrase.of("migrate.reason.notOnVersion", target.fromVersion()).text())));
            }
            running.forEach(instance -> moveOne(caller, progress, instance.getId(), reference));
        }
        if (chosen.isEmpty()) {
            progress.finish();
        }
    }

    private void moveOne(Caller caller, MigrationProgress progress, String processInstanceId, String reference) {
        progress.passed(processInstanceId);
        try {
            CaseMigrationLine line = mover.move(caller, progress.target(), processInstanceId);
            if (line.movable()) {
                progress.moved(line.caseReference());
            } else {
                progress.notMoved(new CaseNotMoved(line.caseReference(), line.cannotMoveBecause()));
            }
        } catch (RuntimeException e) {
            Throwable cause = Failures.rootOf(e);
            LOG.log(Level.WARNING, "Case of process instance {0} not moved to version {1} of {2}: {3}",
                    new Object[]{processInstanceId, progress.target().toVersion(), progress.target().key(), cause.getClass().getName()});
            String why = cause instanceof DueDates.DeadlineNotKeptException ? "migrate.failed.deadline"
                    : cause instanceof org.flowable.common.engine.api.FlowableOptimisticLockingException ? "migrate.failed.changed"
                    : "migrate.failed.engine";
            progress.failed(new CaseNotMoved(reference == null ? processInstanceId : reference,
                    List.of(Phrase.of(why, cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()).text())));
        }
    }

    /** How many cases run on a version of a process model now. */
    @Transactional
    public long runningCases(Caller caller, String key, int version) {
        return deployments.runningCases(definition(caller, key, version).definitionId());
    }

    private DeployedDefinition definition(Caller caller, String key, int version) {
        authorisation.requireMayAdministerWorkflows(caller);
        if (!ModelFiles.isShipped(key)) {
            throw new NotFoundException("refusal.models.unknown");
        }
        if (ModelFiles.shippedKeys().get(key) != ModelKind.PROCESS) {
            throw new ConflictException("refusal.migrate.decision");
        }
        return deployments.definitionsOf(ModelKind.PROCESS, key).stream().filter(definition -> definition.version() == version)
                .findFirst().orElseThrow(() -> new NotFoundException("refusal.models.unknownVersion"));
    }

    private MigrationTarget target(Caller caller, String key, int from, Integer to) {
        DeployedDefinition source = definition(caller, key, from);
        List<DeployedDefinition> definitions = deployments.definitionsOf(ModelKind.PROCESS, key);
        DeployedDefinition destination;
        if (to == null) {
            destination = definitions.stream().filter(definition -> definition.version() != from)
                    .max(Comparator.comparingInt(DeployedDefinition::version))
                    .orElseThrow(() -> new ConflictException("refusal.migrate.onlyVersion"));
        } else if (to == from) {
            throw new ConflictException("refusal.migrate.sameVersion");
        } else {
            destination = definitions.stream().filter(definition -> definition.version() == to).findFirst()
                    .orElseThrow(() -> new NotFoundException("refusal.models.unknownVersion"));
        }
        String name = deployments.nameOf(ModelKind.PROCESS, destination.definitionId()).orElse(key);
        return new MigrationTarget(key, name, from, source.definitionId(), destination.version(), destination.definitionId());
    }

    private List<Integer> otherVersions(String key, int from) {
        return deployments.definitionsOf(ModelKind.PROCESS, key).stream().map(DeployedDefinition::version)
                .filter(version -> version != from).sorted(Comparator.reverseOrder()).toList();
    }

    private static List<String> chosen(List<String> references) {
        if (references.isEmpty() || references.size() > MAX_CHOSEN) {
            throw new InvalidInputException(List.of(new FieldProblem("cases", "problem.migrate.casesCount", MAX_CHOSEN)));
        }
        for (String reference : references) {
            if (reference == null || reference.isBlank() || reference.length() > 40) {
                throw new InvalidInputException(List.of(new FieldProblem("cases", "problem.migrate.caseReference")));
            }
        }
        return List.copyOf(new LinkedHashSet<>(references));
    }

    private RuntimeService runtime() {
        return workflowEngine.engine().getRuntimeService();
    }
}
