package org.safecase.casefile;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.safecase.platform.PlatformReady;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The upgrade to the version that keeps the case record in our tables: once, in the background
 * after start-up, every step finished before the upgrade is replayed from the engine's history
 * into the record (running and closed cases alike), in batches of {@value #BATCH} each in its
 * own transaction, with its progress kept in {@code case_record_backfill} and logged, so a
 * restart carries on where it stopped. Steps finished since the upgrade were recorded as they
 * happened and are not replayed.
 */
@ApplicationScoped
public class CaseRecordBackfill {
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(CaseRecordBackfill.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Inject
    CaseRecordBackfillBatches batches;

    void onReady(@Observes PlatformReady ready) {
        batches.verifyTables();
        executor.submit(this::run);
    }

    void run() {
        try {
            CaseRecordBackfillBatches.Progress progress = batches.begin();
            if (progress.finished()) {
                return;
            }
            long done = progress.done();
            LOG.info(() -> "Case record backfill: " + progress.total() + " history entries to replay");
            for (int read = batches.replay(progress.until(), done, BATCH); read > 0;
                 read = batches.replay(progress.until(), done, BATCH)) {
                done += read;
                long reported = done;
                LOG.info(() -> "Case record backfill: " + reported + " of " + progress.total());
            }
            batches.finish();
            LOG.info("Case record backfill finished");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Case record backfill stopped; it carries on at the next start",
                    org.safecase.platform.Failures.forLog(e));
        }
    }
}
