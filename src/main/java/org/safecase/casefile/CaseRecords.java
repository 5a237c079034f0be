package org.safecase.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes and reads the rows of the case record's tables ({@link RecordTable}), and keeps the
 * status stored on the incident in step with them. A write is an upsert on the row's key, so a
 * step replayed by the upgrade backfill keeps one row, and a later step filling in more of a
 * row (the provider's decision on its report) leaves what earlier steps wrote.
 */
@ApplicationScoped
@Transactional
public class CaseRecords {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Instance<CaseRecordTables> owners;
    @Inject
    jakarta.enterprise.event.Event<org.safecase.platform.CaseIdentifiersRecorded> identifiersRecorded;

    /**
     * Records {@code values} (column to typed value; nulls leave a column as it was) in the row
     * {@code rowKey} of the case's {@code table}, then brings the case's status up to date.
     */
    public void write(RecordTable table, String caseReference, String rowKey, String workflowUser, Instant at,
                      Map<String, Object> values) {
        Incident incident = incident(caseReference);
        Map<String, Object> given = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            table.column(column);
            if (value != null) {
                given.put(column, value);
            }
        });
        Timestamp when = Timestamp.valueOf(LocalDateTime.ofInstant(at, clock.getZone()));
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.name())
                .append(" (incident_id, row_key, recorded_by, recorded_at, updated_by, updated_at");
        given.keySet().forEach(c -> sql.append(", ").append(c));
        sql.append(") VALUES (?, ?, ?, ?, ?, ?").append(", ?".repeat(given.size()))
                .append(") ON DUPLICATE KEY UPDATE updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)");
        given.keySet().forEach(c -> sql.append(", ").append(c).append(" = VALUES(").append(c).append(')'));
        Query insert = em.createNativeQuery(sql.toString());
        int p = 1;
        insert.setParameter(p++, incident.getId());
        insert.setParameter(p++, rowKey);
        insert.setParameter(p++, workflowUser);
        insert.setParameter(p++, when);
        insert.setParameter(p++, workflowUser);
        insert.setParameter(p++, when);
        for (Object value : given.values()) {
            insert.setParameter(p++, sqlValue(value));
        }
        insert.executeUpdate();
        refreshStatus(incident);
        // Issue #15 item 4: a record may name a web address (a provider report's material).
        identifiersRecorded.fire(new org.safecase.platform.CaseIdentifiersRecorded(incident.getId()));
    }

    /** R-ST-13: the staff member answered; "not satisfied" gives the advice lines before the case closes. */
    void reporterAnswered(String caseReference, Boolean satisfied) {
        incident(caseReference).reporterAnswered(satisfied);
    }

    /** The case has become urgent (the DSL's review found a child at immediate risk, or an adult involved). */
    public void caseIsUrgent(String caseReference) {
        incident(caseReference).markUrgent();
    }

    /** Whether the case already has the row (a recorder that must not write twice asks first). */
    public boolean has(RecordTable table, String caseReference, String rowKey) {
        Number found = (Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table.name()
                        + " WHERE incident_id = ? AND row_key = ?")
                .setParameter(1, incident(caseReference).getId()).setParameter(2, rowKey).getSingleResult();
        return found.longValue() > 0;
    }

    /** A column of the case's most recent row in a table, or null. */
    Object latest(RecordTable table, long incidentId, String column) {
        table.column(column);
        List<?> found = em.createNativeQuery("SELECT " + column + " FROM " + table.name()
                + " WHERE incident_id = ? ORDER BY recorded_at DESC, id DESC LIMIT 1").setParameter(1, incidentId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The rows of the given tables for a case, oldest first. Callers decide which tables may be read. */
    List<StoredRecord> rowsOf(long incidentId, List<RecordTable> tables) {
        List<StoredRecord> rows = new ArrayList<>();
        for (RecordTable table : tables) {
            String columns = table.columns().stream().map(RecordColumn::column).collect(Collectors.joining(", "));
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("SELECT recorded_by, recorded_at, updated_by, updated_at"
                            + (columns.isEmpty() ? "" : ", " + columns) + " FROM " + table.name()
                            + " WHERE incident_id = ? ORDER BY recorded_at, id")
                    .setParameter(1, incidentId).getResultList();
            for (Object[] row : found) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    RecordColumn column = table.columns().get(i);
                    values.put(column.column(), javaValue(column.kind(), row[4 + i]));
                }
                rows.add(new StoredRecord(table, (String) row[0], instant(row[1]), (String) row[2], instant(row[3]), values));
            }
        }
        rows.sort(java.util.Comparator.comparing(StoredRecord::recordedAt));
        return rows;
    }

    /**
     * Every declared record table and column exists in the database: checked at start-up, so a
     * declaration that drifts from its migration stops the application instead of losing a step.
     */
    void verifyTables() {
        for (RecordTable table : allTables()) {
            @SuppressWarnings("unchecked")
            List<String> columns = em.createNativeQuery("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = DATABASE() AND table_name = ?").setParameter(1, table.name()).getResultList();
            List<String> wanted = new ArrayList<>(List.of("incident_id", "recorded_by", "recorded_at", "updated_by", "updated_at"));
            table.columns().forEach(c -> wanted.add(c.column()));
            wanted.removeAll(columns.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList());
            if (!wanted.isEmpty()) {
                throw new IllegalStateException("Record table " + table.name() + " lacks columns " + wanted);
            }
        }
    }

    List<RecordTable> allTables() {
        return owners.stream().flatMap(o -> o.tables().stream()).toList();
    }

    /**
     * The status stored on the incident: Closed once closed; otherwise the first status, in
     * {@link CaseStatus#PRECEDENCE}, that one of the case's records implies; Reported if none does.
     */
    void refreshStatus(Incident incident) {
        em.flush();
        if (incident.isClosed()) {
            return;
        }
        CaseStatus status = CaseStatus.REPORTED;
        for (CaseStatus candidate : CaseStatus.PRECEDENCE) {
            if (holds(incident, candidate)) {
                status = candidate;
                break;
            }
        }
        incident.statusIs(status);
    }

    /** Records made before a re-categorisation belong to the staff case that ended then. */
    private boolean holds(Incident incident, CaseStatus status) {
        LocalDateTime since = incident.getRecategorisedAt() == null ? LocalDateTime.of(2000, 1, 1, 0, 0)
                : incident.getRecategorisedAt();
        for (RecordTable table : allTables()) {
            for (StatusClue clue : table.clues()) {
                if (clue.status() == status && !em.createNativeQuery("SELECT 1 FROM " + table.name()
                                + " WHERE incident_id = ? AND recorded_at >= ?"
                                + (clue.condition() == null ? "" : " AND (" + clue.condition() + ")") + " LIMIT 1")
                        .setParameter(1, incident.getId()).setParameter(2, Timestamp.valueOf(since))
                        .getResultList().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    Incident incident(String caseReference) {
        return em.createQuery("select i from Incident i where i.reference = :reference", Incident.class)
                .setParameter("reference", caseReference).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("A step was completed for a case that is not recorded"));
    }

    private static Object sqlValue(Object value) {
        if (value instanceof LocalDate day) {
            return java.sql.Date.valueOf(day);
        }
        if (value instanceof LocalDateTime moment) {
            return Timestamp.valueOf(moment);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }

    private static Object javaValue(RecordColumn.Kind kind, Object stored) {
        if (stored == null) {
            return null;
        }
        return switch (kind) {
            case FLAG -> stored instanceof Boolean b ? b : ((Number) stored).intValue() != 0;
            case NUMBER -> ((Number) stored).longValue();
            case DATE -> stored instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(stored.toString().substring(0, 10));
            case MOMENT -> stored instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) stored;
            case TEXT, CHOICE -> stored.toString();
        };
    }

    private Instant instant(Object stored) {
        LocalDateTime local = stored instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) stored;
        return local == null ? null : local.atZone(clock.getZone()).toInstant();
    }

    /** A row as stored: its table, who recorded it and when, who changed it last and when, its values. */
    record StoredRecord(RecordTable table, String recordedBy, Instant recordedAt, String updatedBy, Instant updatedAt,
                        Map<String, Object> values) {
    }
}
