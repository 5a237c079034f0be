package org.safecase.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.safecase.workflow.CompletedStep;
import org.safecase.workflow.StepAnswer;
import org.safecase.workflow.UnmodelledStepRecorder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of any step no feature records (one an LA admin adds to a model, or a step that
 * asks nothing): one step-answers record per step, with each answer's key, question, kind and
 * typed value, so nothing answered is kept only in the engine.
 */
@ApplicationScoped
@Transactional
public class UnmodelledSteps implements UnmodelledStepRecorder {
    @PersistenceContext(unitName = "safecase")
    EntityManager em;
    @Inject
    CaseRecords records;
    @Inject
    Clock clock;

    @Override
    public void record(CompletedStep step) {
        Incident incident = records.incident(step.caseReference());
        if (!em.createNativeQuery("SELECT id FROM step_answer_record WHERE row_key = ?")
                .setParameter(1, step.stepRecordKey()).getResultList().isEmpty()) {
            return;
        }
        Timestamp when = Timestamp.valueOf(LocalDateTime.ofInstant(step.at(), clock.getZone()));
        em.createNativeQuery("INSERT INTO step_answer_record (incident_id, row_key, recorded_by, recorded_at, "
                        + "updated_by, updated_at, process_key, step_key, step_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, incident.getId()).setParameter(2, step.stepRecordKey())
                .setParameter(3, step.workflowUser()).setParameter(4, when).setParameter(5, step.workflowUser())
                .setParameter(6, when).setParameter(7, step.processKey()).setParameter(8, step.stepKey())
                .setParameter(9, step.stepName() == null ? step.stepKey() : step.stepName())
                .executeUpdate();
        long recordId = ((Number) em.createNativeQuery("SELECT id FROM step_answer_record WHERE row_key = ?")
                .setParameter(1, step.stepRecordKey()).getSingleResult()).longValue();
        for (StepAnswer answer : step.answers()) {
            Object value = answer.value();
            em.createNativeQuery("INSERT INTO step_answer (record_id, field_key, label, kind, value_text, value_flag, "
                            + "value_number, value_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, recordId).setParameter(2, answer.key())
                    .setParameter(3, answer.label() == null ? answer.key() : answer.label())
                    .setParameter(4, answer.kind().name())
                    .setParameter(5, value instanceof String s ? s : null)
                    .setParameter(6, value instanceof Boolean b ? b : null)
                    .setParameter(7, value instanceof Long n ? n : null)
                    .setParameter(8, value instanceof LocalDate d ? java.sql.Date.valueOf(d) : null)
                    .executeUpdate();
        }
        records.refreshStatus(incident);
    }

    /** The step-answers records of a case, oldest first, each with its answers in the model's order. */
    List<Unmodelled> of(long incidentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT r.id, r.step_name, r.recorded_by, r.recorded_at, a.field_key, "
                        + "a.label, a.kind, a.value_text, a.value_flag, a.value_number, a.value_date "
                        + "FROM step_answer_record r LEFT JOIN step_answer a ON a.record_id = r.id "
                        + "WHERE r.incident_id = ? ORDER BY r.recorded_at, r.id, a.id")
                .setParameter(1, incidentId).getResultList();
        Map<Long, Unmodelled> byId = new LinkedHashMap<>();
        for (Object[] row : found) {
            long id = ((Number) row[0]).longValue();
            Unmodelled record = byId.computeIfAbsent(id, k -> new Unmodelled((String) row[1], (String) row[2],
                    ((Timestamp) row[3]).toLocalDateTime().atZone(clock.getZone()).toInstant(), new ArrayList<>()));
            if (row[4] != null) {
                Object value = row[7] != null ? row[7] : row[8] != null ? (Object) (row[8] instanceof Boolean b ? b
                        : ((Number) row[8]).intValue() != 0) : row[9] != null ? (Object) ((Number) row[9]).longValue()
                        : row[10] != null ? ((java.sql.Date) row[10]).toLocalDate() : null;
                record.answers().add(new Answer((String) row[4], (String) row[5], (String) row[6], value));
            }
        }
        return List.copyOf(byId.values());
    }

    record Unmodelled(String stepName, String recordedBy, Instant recordedAt, List<Answer> answers) {
    }

    record Answer(String key, String label, String kind, Object value) {
    }
}
