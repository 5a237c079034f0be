package org.safecase.oversight.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.safecase.platform.DataSourceConfiguration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * Issue #15 item 1: walks one authority's chain from its first link, {@value #PAGE} links at a
 * time (never the whole chain in memory), and reports the first broken link, or that it holds;
 * also counts rows of the authority older than the sealing job's look-back that are not in the
 * chain (a row slipped in with an old id).
 */
@ApplicationScoped
public class AuditChainCheck {
    static final int PAGE = 5000;
    static final String EVENT_COLUMNS = "SELECT e.id, e.occurred_at, e.actor_id, e.school_id, e.local_authority_id, "
            + "e.action, e.subject, e.outcome";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    public ChainReport check(long chainId) {
        ChainWalk walk = new ChainWalk();
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement page = connection.prepareStatement("SELECT c.event_id, c.chain_id, c.seq, c.prev_hash, c.hash, "
                     + EVENT_COLUMNS.substring("SELECT ".length()) + " FROM audit_chain c LEFT JOIN audit_event e ON e.id = c.event_id"
                     + " WHERE c.chain_id = ? AND c.seq > ? ORDER BY c.seq LIMIT " + PAGE)) {
            long after = 0;
            boolean more = true;
            while (more && walk.broken().isEmpty()) {
                page.setLong(1, chainId);
                page.setLong(2, after);
                int read = 0;
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next() && walk.broken().isEmpty()) {
                        ChainLink link = link(rows, 1);
                        rows.getLong(6);
                        SealedEvent now = rows.wasNull() ? null : event(rows, 6);
                        walk.next(link, now);
                        after = link.seq();
                        read++;
                    }
                }
                more = read == PAGE;
            }
            return new ChainReport(chainId, walk.broken().isEmpty(), walk.checked(), walk.broken().orElse(null),
                    walk.broken().isEmpty() ? walk.head() : null, unsealedOld(connection, chainId),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the audit chain", e);
        }
    }

    private static long unsealedOld(Connection connection, long chainId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM audit_event e "
                + "WHERE COALESCE(e.local_authority_id, 0) = ? AND e.id < (SELECT COALESCE(MAX(event_id), 0) FROM audit_chain) - "
                + AuditSealing.LOOK_BACK + " AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.event_id = e.id)")) {
            query.setLong(1, chainId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    static ChainLink link(ResultSet row, int from) throws SQLException {
        return new ChainLink(row.getLong(from), row.getLong(from + 1), row.getLong(from + 2), row.getString(from + 3),
                row.getString(from + 4));
    }

    static SealedEvent event(ResultSet row, int from) throws SQLException {
        return new SealedEvent(row.getLong(from), row.getObject(from + 1, LocalDateTime.class),
                (Long) row.getObject(from + 2, Long.class), row.getObject(from + 3, Long.class),
                row.getObject(from + 4, Long.class), row.getString(from + 5), row.getString(from + 6), row.getString(from + 7));
    }
}
