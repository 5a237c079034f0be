package org.safecase.oversight.audit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.safecase.platform.DataSourceConfiguration;
import org.safecase.platform.PlatformReady;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issue #15 item 1 (R-X-3): seals audit rows into their authority's hash chain. Writers only
 * insert audit rows; this job, every {@code safecase.audit.sealSeconds} and on demand (before a
 * check), appends each row not yet sealed, in id order, to {@code audit_chain}. One runner at a
 * time across all nodes: it holds a named database lock ({@code GET_LOCK}) and a second runner
 * that cannot get it at once simply leaves the work to the first.
 * <p>
 * A row whose transaction committed after a later one was sealed (ids are given at insert, not
 * at commit) is still found: each run looks {@value #LOOK_BACK} ids behind the last sealed row for
 * rows not in the chain, and seals them after (their link's place says when they were sealed).
 * <p>
 * Anyone who can write the database could rebuild a whole chain, so each chain's head is also
 * written outside it: to the server log (INFO, "Audit chain head"), after the first seal of a run
 * and then at most every {@code safecase.audit.headLogMinutes}. A log kept apart (syslog, a SIEM)
 * then holds links to compare: a rebuilt chain gives a different hash at the same place.
 */
@ApplicationScoped
public class AuditSealing {
    private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());
    static final int BATCH = 1000;
    static final int LOOK_BACK = 10_000;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "safecase.audit.sealSeconds", defaultValue = "5")
    int sealSeconds;
    @Inject
    @ConfigProperty(name = "safecase.audit.headLogMinutes", defaultValue = "60")
    int headLogMinutes;

    /** When each chain's head was last written to the log, on this node. */
    private final Map<Long, LocalDateTime> headLogged = new java.util.concurrent.ConcurrentHashMap<>();

    private ScheduledFuture<?> job;

    void start(@Observes PlatformReady ready) {
        job = scheduler.scheduleWithFixedDelay(this::sealQuietly, sealSeconds, sealSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }

    private void sealQuietly() {
        try {
            seal();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sealing the audit trail failed; the next run tries again", org.safecase.platform.Failures.forLog(e));
        }
    }

    /**
     * Seals every row not yet sealed, or nothing if another runner holds the lock (it does the
     * same work); returns how many rows this call sealed.
     */
    public int seal() {
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection)) {
                return 0;
            }
            boolean autoCommit = connection.getAutoCommit();
            try {
                connection.setAutoCommit(false);
                return sealAll(connection);
            } finally {
                connection.setAutoCommit(autoCommit);
                unlock(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seal the audit trail", e);
        }
    }

    private int sealAll(Connection connection) throws SQLException {
        long from = Math.max(0, lastSealed(connection) - LOOK_BACK);
        Map<Long, ChainLink> heads = new HashMap<>();
        int sealed = 0;
        while (true) {
            List<SealedEvent> rows = unsealed(connection, from);
            if (rows.isEmpty()) {
                return sealed;
            }
            LocalDateTime now = LocalDateTime.now(clock);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_chain (event_id, chain_id, seq, prev_hash, hash, sealed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (SealedEvent row : rows) {
                    ChainLink head = heads.containsKey(row.chainId()) ? heads.get(row.chainId()) : head(connection, row.chainId());
                    ChainLink link = ChainLink.after(head == null ? ChainLink.GENESIS : head.hash(),
                            head == null ? 1 : head.seq() + 1, row);
                    heads.put(row.chainId(), link);
                    insert.setLong(1, link.eventId());
                    insert.setLong(2, link.chainId());
                    insert.setLong(3, link.seq());
                    insert.setString(4, link.prevHash());
                    insert.setString(5, link.hash());
                    insert.setObject(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
            connection.commit();
            logHeads(heads);
            sealed += rows.size();
            from = rows.get(rows.size() - 1).id();
            if (rows.size() < BATCH) {
                return sealed;
            }
        }
    }

    /** Writes the heads just sealed to the log, each chain at most every {@link #headLogMinutes}. */
    private void logHeads(Map<Long, ChainLink> heads) {
        LocalDateTime now = LocalDateTime.now(clock);
        heads.forEach((chain, head) -> {
            LocalDateTime last = headLogged.get(chain);
            if (last == null || !last.plusMinutes(headLogMinutes).isAfter(now)) {
                headLogged.put(chain, now);
                LOG.info(() -> "Audit chain head, chain " + chain + ": link " + head.seq() + ", hash " + head.hash());
            }
        });
    }

    private static long lastSealed(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(MAX(event_id), 0) FROM audit_chain");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<SealedEvent> unsealed(Connection connection, long after) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(AuditChainCheck.EVENT_COLUMNS
                + " FROM audit_event e WHERE e.id > ? AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)"
                + " ORDER BY e.id LIMIT " + BATCH)) {
            query.setLong(1, after);
            try (ResultSet rows = query.executeQuery()) {
                List<SealedEvent> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(AuditChainCheck.event(rows, 1));
                }
                return found;
            }
        }
    }

    private static ChainLink head(Connection connection, long chainId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT event_id, chain_id, seq, prev_hash, hash FROM audit_chain WHERE chain_id = ? ORDER BY seq DESC LIMIT 1")) {
            query.setLong(1, chainId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? AuditChainCheck.link(row, 1) : null;
            }
        }
    }

    /** The lock is named after the database: several SafeCase databases may share one server. */
    private static boolean lock(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT GET_LOCK(CONCAT('safecase-audit-seal:', DATABASE()), 0)");
             ResultSet row = query.executeQuery()) {
            return row.next() && row.getInt(1) == 1;
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT RELEASE_LOCK(CONCAT('safecase-audit-seal:', DATABASE()))")) {
            query.execute();
        }
    }
}
