package org.safecase.workflow.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The record of deployed versions (model_version): deploys a file through the engine and
 * records who, why and where from in the same transaction; records versions the engine has
 * that were deployed before this record existed (as shipped).
 */
@ApplicationScoped
class ModelVersions {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    ModelDeployments deployments;
    @Inject
    Clock clock;

    ModelVersion deploy(ModelKind kind, String key, byte[] file, Origin origin, ModelVersion.Deployer deployer, String note) {
        recordEarlier(kind, key);
        DeployedDefinition definition = deployments.deploy(kind, key, file, origin);
        ModelVersion version = new ModelVersion(kind, key, definition, origin, ModelFiles.checksum(file), deployer,
                LocalDateTime.now(clock), note);
        em.persist(version);
        return version;
    }

    /** Every recorded version of a model, newest first. */
    List<ModelVersion> of(ModelKind kind, String key) {
        return em.createQuery("select v from ModelVersion v where v.kind = :kind and v.key = :key order by v.version desc",
                        ModelVersion.class)
                .setParameter("kind", kind).setParameter("key", key).getResultList();
    }

    Optional<ModelVersion> latest(ModelKind kind, String key) {
        return of(kind, key).stream().findFirst();
    }

    Optional<ModelVersion> latestShipped(ModelKind kind, String key) {
        return of(kind, key).stream().filter(version -> version.getOrigin() == Origin.SHIPPED).findFirst();
    }

    Optional<ModelVersion> one(ModelKind kind, String key, int number) {
        return of(kind, key).stream().filter(version -> version.getVersion() == number).findFirst();
    }

    /**
     * Versions the engine has but this record lacks were deployed by SafeCase before the record
     * existed (the single "safecase-models" deployment of earlier releases): they are recorded as
     * shipped, with their deployment's time and their file's checksum.
     */
    void recordEarlier(ModelKind kind, String key) {
        Set<String> recorded = em.createQuery("select v.definitionId from ModelVersion v where v.kind = :kind and v.key = :key",
                        String.class)
                .setParameter("kind", kind).setParameter("key", key).getResultStream().collect(Collectors.toSet());
        for (DeployedDefinition definition : deployments.definitionsOf(kind, key)) {
            if (!recorded.contains(definition.definitionId())) {
                LocalDateTime at = LocalDateTime.ofInstant(deployments.deployedAt(kind, definition).toInstant(), clock.getZone());
                em.persist(new ModelVersion(kind, key, definition, Origin.SHIPPED,
                        ModelFiles.checksum(deployments.fileOf(kind, definition.definitionId())), null, at, null));
            }
        }
        em.flush();
    }

    ZoneId zone() {
        return clock.getZone();
    }
}
