package org.safecase.workflow.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.platform.AuditAction;
import org.safecase.platform.AuditTrail;
import org.safecase.platform.ConflictException;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotFoundException;
import org.safecase.workflow.ProcessModels;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Items 2, 3, 5 and 10 of issue #14: the process models and decision tables, their versions,
 * drafts and shipped offers, for LA admins only. A file is deployed only after it passes
 * {@link ModelChecks}; a refused file deploys nothing.
 */
@ApplicationScoped
public class ModelLibrary {
    /** A model file larger than this is refused (the shipped ones are under 40 KB with their layout). */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    public static final int MAX_NOTE = 2000;

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Authorisation authorisation;
    @Inject
    ModelVersions versions;
    @Inject
    ModelDeployments deployments;
    @Inject
    ShippedModels shippedModels;
    @Inject
    ModelChecks checks;
    @Inject
    AuditTrail auditTrail;
    @Inject
    java.time.Clock clock;

    public List<ModelSummary> models(Caller caller) {
        authorisation.requireMayAdministerWorkflows(caller);
        List<ModelSummary> models = new ArrayList<>();
        for (Map.Entry<String, ModelKind> model : ModelFiles.shippedKeys().entrySet()) {
            ModelKind kind = model.getValue();
            String key = model.getKey();
            List<ModelVersion> all = versions.of(kind, key);
            if (all.isEmpty()) {
                continue;
            }
            ModelVersion latest = all.get(0);
            long running = kind == ModelKind.PROCESS
                    ? all.stream().mapToLong(version -> deployments.runningCases(version.getDefinitionId())).sum() : 0;
            models.add(new ModelSummary(key, nameOf(latest), kind, latest.getVersion(), latest.getOrigin(), running,
                    shippedModels.find(kind, key).filter(ShippedModel::isWaiting).isPresent()));
        }
        return models;
    }

    public ModelDetail model(Caller caller, String key) {
        ModelKind kind = kindOf(caller, key);
        List<ModelVersion> all = versions.of(kind, key);
        ShippedOffer offer = shippedModels.find(kind, key).filter(ShippedModel::isWaiting)
                .map(shipped -> new ShippedOffer(shipped.getXml(), shipped.getOfferedAt().atZone(zone()).toInstant()))
                .orElse(null);
        return new ModelDetail(key, all.isEmpty() ? key : nameOf(all.get(0)), kind,
                all.stream().map(this::entry).toList(), offer, findDraft(kind, key).map(draft -> draft.toDraft(zone())).orElse(null));
    }

    /** The version new cases use (the newest), as deployed. */
    public ModelFile latest(Caller caller, String key) {
        ModelKind kind = kindOf(caller, key);
        return fileOf(versions.latest(kind, key).orElseThrow(() -> new NotFoundException("refusal.models.unknown")));
    }

    /** Item 10: one version's file, byte for byte as deployed. */
    public ModelFile file(Caller caller, String key, int version) {
        ModelKind kind = kindOf(caller, key);
        return fileOf(versions.one(kind, key, version).orElseThrow(() -> new NotFoundException("refusal.models.unknownVersion")));
    }

    public Optional<ModelDraft> draft(Caller caller, String key) {
        ModelKind kind = kindOf(caller, key);
        return findDraft(kind, key).map(draft -> draft.toDraft(zone()));
    }

    @Transactional
    public ModelDraft saveDraft(Caller caller, String key, String xml) {
        ModelKind kind = kindOf(caller, key);
        byte[] file = requireFile(xml);
        int basedOn = versions.latest(kind, key).map(ModelVersion::getVersion).orElse(0);
        Optional<ModelDraftRecord> earlier = findDraft(kind, key);
        ModelDraftRecord draft = earlier.orElseGet(() -> new ModelDraftRecord(kind, key));
        draft.save(new String(file, StandardCharsets.UTF_8), basedOn, caller.userId(), caller.displayName(), now());
        if (earlier.isEmpty()) {
            em.persist(draft);
        }
        return draft.toDraft(zone());
    }

    @Transactional
    public void discardDraft(Caller caller, String key) {
        ModelKind kind = kindOf(caller, key);
        findDraft(kind, key).ifPresent(em::remove);
    }

    /** Item 4: what would refuse this file, without deploying anything. */
    public List<ModelProblem> check(Caller caller, String key, String xml) {
        ModelKind kind = kindOf(caller, key);
        return problemsOf(kind, key, requireFile(xml));
    }

    /**
     * Deploys a file as the model's next version, which new cases then use; running cases stay on
     * their version (item 6 moves them). Refused with its problems, deploying nothing, when it
     * fails a check. The model's draft, if any, is cleared.
     */
    @Transactional
    public ModelVersionEntry deploy(Caller caller, String key, String xml, String changeNote) {
        ModelKind kind = kindOf(caller, key);
        byte[] file = requireFile(xml);
        String note = requireNote(changeNote);
        List<ModelProblem> problems = problemsOf(kind, key, file);
        if (!problems.isEmpty()) {
            throw new ModelRefusedException(problems);
        }
        ModelVersion deployed = versions.deploy(kind, key, file, Origin.ADMIN,
                new ModelVersion.Deployer(caller.userId(), caller.displayName()), note);
        findDraft(kind, key).ifPresent(em::remove);
        auditTrail.record(caller.userId(), null, AuditAction.MODEL_DEPLOYED, subject(key, deployed.getVersion()));
        return entry(deployed);
    }

    /**
     * Item 10: a model file shared by another LA. Which model it is comes from the file (the
     * process's or decision's id); it passes the same checks and becomes a new version.
     */
    @Transactional
    public ModelVersionEntry importFile(Caller caller, String xml, String changeNote) {
        authorisation.requireMayAdministerWorkflows(caller);
        byte[] file = requireFile(xml);
        String key = ModelFileKey.of(file).filter(ModelFiles::isShipped).orElseThrow(() -> new InvalidInputException(
                List.of(new FieldProblem("file", "problem.models.notOurs"))));
        return deploy(caller, key, xml, changeNote);
    }

    /** Item 5: deploys the offered shipped file as a new version (checked like any other), which new cases then use. */
    @Transactional
    public ModelVersionEntry adoptShipped(Caller caller, String key) {
        ModelKind kind = kindOf(caller, key);
        ShippedModel offer = shippedModels.find(kind, key).filter(ShippedModel::isWaiting)
                .orElseThrow(() -> new ConflictException("refusal.models.noShippedOffer"));
        byte[] file = offer.getXml().getBytes(StandardCharsets.UTF_8);
        List<ModelProblem> problems = problemsOf(kind, key, file);
        if (!problems.isEmpty()) {
            throw new ModelRefusedException(problems);
        }
        ModelVersion deployed = versions.deploy(kind, key, file, Origin.SHIPPED,
                new ModelVersion.Deployer(caller.userId(), caller.displayName()), null);
        em.remove(offer);
        auditTrail.record(caller.userId(), null, AuditAction.MODEL_DEPLOYED, subject(key, deployed.getVersion()));
        return entry(deployed);
    }

    /** Item 5: keeps the admin's version and stops offering this shipped file (a later release's file is offered again). */
    @Transactional
    public void setAsideShipped(Caller caller, String key) {
        ModelKind kind = kindOf(caller, key);
        ShippedModel offer = shippedModels.find(kind, key).filter(ShippedModel::isWaiting)
                .orElseThrow(() -> new ConflictException("refusal.models.noShippedOffer"));
        offer.setAside(now());
        auditTrail.record(caller.userId(), null, AuditAction.SHIPPED_MODEL_SET_ASIDE, "model:" + key);
    }

    /** Item 6: a suspended process version starts no new cases; cases running on it carry on. */
    @Transactional
    public ModelVersionEntry suspend(Caller caller, String key, int version) {
        ModelVersion target = processVersion(caller, key, version);
        if (!isSuspendable(key)) {
            throw new ConflictException("refusal.models.calledNotSuspended");
        }
        if (!deployments.isSuspended(target.getDefinitionId())) {
            deployments.suspend(target.getDefinitionId());
            auditTrail.record(caller.userId(), null, AuditAction.MODEL_SUSPENDED, subject(key, version));
        }
        return entry(target);
    }

    @Transactional
    public ModelVersionEntry activate(Caller caller, String key, int version) {
        ModelVersion target = processVersion(caller, key, version);
        if (deployments.isSuspended(target.getDefinitionId())) {
            deployments.activate(target.getDefinitionId());
            auditTrail.record(caller.userId(), null, AuditAction.MODEL_ACTIVATED, subject(key, version));
        }
        return entry(target);
    }

    /**
     * Only the models a case starts with can be suspended: new cases then start the newest active
     * version. A model other models call (or SafeCase starts itself) is always started at its
     * newest version by the engine, so suspending that would stop the cases that reach it.
     */
    public static boolean isSuspendable(String key) {
        return ProcessModels.STAFF_INCIDENT.equals(key) || ProcessModels.CHILD_PROTECTION_INCIDENT.equals(key);
    }

    private ModelVersion processVersion(Caller caller, String key, int version) {
        ModelKind kind = kindOf(caller, key);
        if (kind != ModelKind.PROCESS) {
            throw new ConflictException("refusal.models.decisionNotSuspended");
        }
        return versions.one(kind, key, version).orElseThrow(() -> new NotFoundException("refusal.models.unknownVersion"));
    }

    private List<ModelProblem> problemsOf(ModelKind kind, String key, byte[] file) {
        return kind == ModelKind.PROCESS ? checks.checkProcess(key, file) : checks.checkDecision(key, file);
    }

    private ModelKind kindOf(Caller caller, String key) {
        authorisation.requireMayAdministerWorkflows(caller);
        if (!ModelFiles.isShipped(key)) {
            throw new NotFoundException("refusal.models.unknown");
        }
        return ModelFiles.shippedKeys().get(key);
    }

    private static byte[] requireFile(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("file", "problem.models.fileMissing")));
        }
        byte[] file = xml.getBytes(StandardCharsets.UTF_8);
        if (file.length > MAX_FILE_BYTES) {
            throw new InvalidInputException(List.of(new FieldProblem("file", "problem.models.fileTooLarge", MAX_FILE_BYTES / 1024 / 1024)));
        }
        return file;
    }

    private static String requireNote(String note) {
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("changeNote", "problem.models.noteMissing")));
        }
        if (trimmed.length() > MAX_NOTE) {
            throw new InvalidInputException(List.of(new FieldProblem("changeNote", "problem.models.noteTooLong", MAX_NOTE)));
        }
        return trimmed;
    }

    private Optional<ModelDraftRecord> findDraft(ModelKind kind, String key) {
        return em.createQuery("select d from ModelDraftRecord d where d.kind = :kind and d.key = :key", ModelDraftRecord.class)
                .setParameter("kind", kind).setParameter("key", key).getResultStream().findFirst();
    }

    private ModelFile fileOf(ModelVersion version) {
        return new ModelFile(version.getKey(), version.getKind(), version.getVersion(), version.getKind().fileName(version.getKey()),
                ModelFiles.text(deployments.fileOf(version.getKind(), version.getDefinitionId())));
    }

    private ModelVersionEntry entry(ModelVersion version) {
        boolean process = version.getKind() == ModelKind.PROCESS;
        return new ModelVersionEntry(version.getVersion(), version.getDefinitionId(), version.getOrigin(),
                version.getDeployedByName(), version.getDeployedAt().atZone(zone()).toInstant(), version.getChangeNote(),
                process ? deployments.runningCases(version.getDefinitionId()) : 0,
                process && deployments.isSuspended(version.getDefinitionId()));
    }

    private String nameOf(ModelVersion version) {
        return deployments.nameOf(version.getKind(), version.getDefinitionId()).orElse(version.getKey());
    }

    private static String subject(String key, int version) {
        return "model:" + key + ":" + version;
    }

    private ZoneId zone() {
        return versions.zone();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
