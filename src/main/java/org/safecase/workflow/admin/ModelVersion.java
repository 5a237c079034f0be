package org.safecase.workflow.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One deployed version of a model: the Flowable definition, where it came from, who deployed it and why. */
@Entity
@Table(name = "model_version")
class ModelVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ModelKind kind;
    @Column(name = "model_key", nullable = false)
    private String key;
    @Column(nullable = false)
    private int version;
    @Column(name = "definition_id", nullable = false)
    private String definitionId;
    @Column(name = "deployment_id", nullable = false)
    private String deploymentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;
    @Column(nullable = false)
    private String checksum;
    @Column(name = "deployed_by_id")
    private Long deployedById;
    @Column(name = "deployed_by_name")
    private String deployedByName;
    @Column(name = "deployed_at", nullable = false)
    private LocalDateTime deployedAt;
    @Column(name = "change_note")
    private String changeNote;

    protected ModelVersion() {
    }

    ModelVersion(ModelKind kind, String key, DeployedDefinition definition, Origin origin, String checksum,
                 Deployer deployer, LocalDateTime deployedAt, String changeNote) {
        this.kind = kind;
        this.key = key;
        this.version = definition.version();
        this.definitionId = definition.definitionId();
        this.deploymentId = definition.deploymentId();
        this.origin = origin;
        this.checksum = checksum;
        this.deployedById = deployer == null ? null : deployer.userId();
        this.deployedByName = deployer == null ? null : deployer.name();
        this.deployedAt = deployedAt;
        this.changeNote = changeNote;
    }

    ModelKind getKind() {
        return kind;
    }

    String getKey() {
        return key;
    }

    int getVersion() {
        return version;
    }

    String getDefinitionId() {
        return definitionId;
    }

    String getDeploymentId() {
        return deploymentId;
    }

    Origin getOrigin() {
        return origin;
    }

    String getChecksum() {
        return checksum;
    }

    String getDeployedByName() {
        return deployedByName;
    }

    LocalDateTime getDeployedAt() {
        return deployedAt;
    }

    String getChangeNote() {
        return changeNote;
    }

    /** Who deployed a version: an LA admin, by id and by their name then; null for SafeCase itself. */
    record Deployer(Long userId, String name) {
    }
}
