package org.safecase.workflow.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants;
import org.flowable.dmn.api.DmnDecision;
import org.flowable.dmn.api.DmnRepositoryService;
import org.flowable.dmn.engine.DmnEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.safecase.workflow.WorkflowEngine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The engine's side of the library: deploys one model file as its own deployment (named after
 * the model, so versions of one model never drag the others along), and reads back definitions,
 * files, running cases and suspension. Decision tables go through the process engine's
 * repository too; the DMN engine configurator deploys them to the DMN engine as a child deployment.
 */
@ApplicationScoped
class ModelDeployments {
    static final String DEPLOYMENT_PREFIX = "safecase-model:";

    @Inject
    WorkflowEngine workflowEngine;

    DeployedDefinition deploy(ModelKind kind, String key, byte[] xml, Origin origin) {
        Deployment deployment = repository().createDeployment()
                .name(DEPLOYMENT_PREFIX + key)
                .key(key)
                .category(origin.name())
                .addBytes(kind.fileName(key), xml)
                .deploy();
        return definitionsOf(kind, key).stream()
                .filter(definition -> definition.deploymentId().equals(deployment.getId())
                        || kind == ModelKind.DECISION && parentDeploymentOf(definition).equals(deployment.getId()))
                .findFirst()
                .map(definition -> kind == ModelKind.DECISION
                        ? new DeployedDefinition(definition.definitionId(), deployment.getId(), definition.version())
                        : definition)
                .orElseThrow(() -> new IllegalStateException("Deployment " + deployment.getId() + " made no definition " + key));
    }

    /** Every definition the engine has for the model, oldest first (deployment id: the process engine's, or the DMN engine's). */
    List<DeployedDefinition> definitionsOf(ModelKind kind, String key) {
        if (kind == ModelKind.PROCESS) {
            return repository().createProcessDefinitionQuery().processDefinitionKey(key).list().stream()
                    .map(definition -> new DeployedDefinition(definition.getId(), definition.getDeploymentId(), definition.getVersion()))
                    .sorted(Comparator.comparingInt(DeployedDefinition::version)).toList();
        }
        return decisions().createDecisionQuery().decisionKey(key).list().stream()
                .map(decision -> new DeployedDefinition(decision.getId(), decision.getDeploymentId(), decision.getVersion()))
                .sorted(Comparator.comparingInt(DeployedDefinition::version)).toList();
    }

    /** The file a definition was deployed from, byte for byte. */
    byte[] fileOf(ModelKind kind, String definitionId) {
        try (InputStream in = kind == ModelKind.PROCESS
                ? repository().getProcessModel(definitionId)
                : decisions().getDmnResource(definitionId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deployment time of a definition's deployment, for versions recorded after the fact. */
    java.util.Date deployedAt(ModelKind kind, DeployedDefinition definition) {
        if (kind == ModelKind.PROCESS) {
            return repository().createDeploymentQuery().deploymentId(definition.deploymentId()).singleResult().getDeploymentTime();
        }
        return decisions().createDeploymentQuery().deploymentId(definition.deploymentId()).singleResult().getDeploymentTime();
    }

    long runningCases(String processDefinitionId) {
        return runtime().createProcessInstanceQuery().processDefinitionId(processDefinitionId).count();
    }

    boolean isSuspended(String processDefinitionId) {
        return repository().isProcessDefinitionSuspended(processDefinitionId);
    }

    /** Suspends a process version: it starts no new cases; running cases carry on. */
    void suspend(String processDefinitionId) {
        repository().suspendProcessDefinitionById(processDefinitionId);
    }

    void activate(String processDefinitionId) {
        repository().activateProcessDefinitionById(processDefinitionId);
    }

    /** The model's name as its file gives it (the process's or decision's name), or empty. */
    Optional<String> nameOf(ModelKind kind, String definitionId) {
        if (kind == ModelKind.PROCESS) {
            ProcessDefinition definition = repository().getProcessDefinition(definitionId);
            return Optional.ofNullable(definition.getName());
        }
        DmnDecision decision = decisions().getDecision(definitionId);
        return Optional.ofNullable(decision.getName());
    }

    private String parentDeploymentOf(DeployedDefinition decision) {
        var deployment = decisions().createDeploymentQuery().deploymentId(decision.deploymentId()).singleResult();
        return deployment == null || deployment.getParentDeploymentId() == null ? "" : deployment.getParentDeploymentId();
    }

    private RepositoryService repository() {
        return workflowEngine.engine().getRepositoryService();
    }

    private RuntimeService runtime() {
        return workflowEngine.engine().getRuntimeService();
    }

    private DmnRepositoryService decisions() {
        DmnEngineConfiguration dmn = (DmnEngineConfiguration) ((ProcessEngineConfigurationImpl) workflowEngine.engine()
                .getProcessEngineConfiguration()).getEngineConfigurations().get(EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG);
        return dmn.getDmnRepositoryService();
    }
}
