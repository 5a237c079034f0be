package org.safecase.workflow.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.workflow.EngineStarted;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Item 5: at every start-up, the models shipped with this SafeCase (bpmn/) are deployed, each as
 * its own deployment, when they differ from the version in use and that version is SafeCase's
 * own. A restart with unchanged files deploys nothing. When the version in use is an LA admin's,
 * a changed shipped file is never deployed: it is offered on the library page to compare and
 * adopt. Several nodes starting at once take turns (a database lock).
 */
@ApplicationScoped
public class ShippedModels {
    private static final Logger LOG = Logger.getLogger(ShippedModels.class.getName());
    private static final String LOCK = "safecase.shipped-models";

    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    ModelVersions versions;
    @Inject
    Clock clock;

    @Transactional
    void onEngineStarted(@Observes EngineStarted started) {
        deployShipped();
    }

    /** What every start-up does (public for the test that restarts it). */
    @Transactional
    public void deployShipped() {
        Object locked = em.createNativeQuery("SELECT GET_LOCK('" + LOCK + "', 120)").getSingleResult();
        if (!Integer.valueOf(1).equals(locked instanceof Number n ? n.intValue() : null)) {
            throw new IllegalStateException("Another node held the shipped-model lock for two minutes; start-up stopped");
        }
        try {
            for (Map.Entry<String, ModelKind> model : ModelFiles.shippedKeys().entrySet()) {
                deployOrOffer(model.getValue(), model.getKey(), ModelFiles.shippedFile(model.getKey()));
            }
        } finally {
            em.createNativeQuery("SELECT RELEASE_LOCK('" + LOCK + "')").getSingleResult();
        }
    }

    private void deployOrOffer(ModelKind kind, String key, byte[] file) {
        String checksum = ModelFiles.checksum(file);
        versions.recordEarlier(kind, key);
        Optional<ModelVersion> inUse = versions.latest(kind, key);
        if (inUse.isEmpty() || inUse.get().getOrigin() == Origin.SHIPPED && !inUse.get().getChecksum().equals(checksum)) {
            ModelVersion deployed = versions.deploy(kind, key, file, Origin.SHIPPED, null, null);
            LOG.info(() -> "Deployed the shipped " + key + " as version " + deployed.getVersion());
            return;
        }
        if (inUse.get().getOrigin() == Origin.ADMIN) {
            boolean changed = versions.latestShipped(kind, key).map(shipped -> !shipped.getChecksum().equals(checksum)).orElse(true);
            if (changed) {
                offer(kind, key, checksum, ModelFiles.text(file));
            }
        }
    }

    private void offer(ModelKind kind, String key, String checksum, String xml) {
        Optional<ShippedModel> earlier = find(kind, key);
        ShippedModel offer = earlier.orElseGet(() -> new ShippedModel(kind, key));
        boolean news = !checksum.equals(offer.getChecksum());
        offer.offer(checksum, xml, LocalDateTime.now(clock));
        if (earlier.isEmpty()) {
            em.persist(offer);
        }
        if (news) {
            LOG.info(() -> "A newer shipped " + key + " is offered on the library page; the LA admin's version stays in use");
        }
    }

    Optional<ShippedModel> find(ModelKind kind, String key) {
        return em.createQuery("select s from ShippedModel s where s.kind = :kind and s.key = :key", ShippedModel.class)
                .setParameter("kind", kind).setParameter("key", key).getResultStream().findFirst();
    }
}
