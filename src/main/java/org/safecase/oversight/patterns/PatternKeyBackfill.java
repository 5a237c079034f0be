package org.safecase.oversight.patterns;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.safecase.platform.PlatformReady;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issue #15 item 4: the cases reported before this version are keyed once, in the background after
 * start-up, in batches of {@value #BATCH} cases each in its own transaction, with the progress kept
 * in {@code pattern_key_backfill}, so a restart carries on where it stopped. Cases reported since are
 * keyed as they are recorded. Logs counts only, never an identifier.
 */
@ApplicationScoped
public class PatternKeyBackfill {
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(PatternKeyBackfill.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Inject
    PatternKeys keys;
    @Inject
    PatternKeying keying;

    void onReady(@Observes PlatformReady ready) {
        if (!keying.configured()) {
            LOG.warning("Cross-school patterns: no key (SAFECASE_PATTERN_KEY) is configured; nothing is keyed");
            return;
        }
        executor.submit(this::run);
    }

    void run() {
        try {
            int batches = 0;
            while (!keys.backfill(BATCH)) {
                batches++;
            }
            if (batches > 0) {
                int done = batches;
                LOG.info(() -> "Cross-school patterns: backfill keyed " + done + " batches of earlier cases");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cross-school patterns: backfill stopped; it carries on at the next start", e);
        }
    }
}
