package org.safecase.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.safecase.identity.CallerDirectory;
import org.safecase.platform.Messages;
import org.safecase.platform.Times;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case record as a chronology: every record of the case (what, its values in words, who,
 * when), oldest first. Which tables are read is the caller's to decide: all of them for those
 * who may see the whole case, only the hand-off to HR and its outcome for LA HR.
 */
@ApplicationScoped
public class CaseChronology {
    @Inject
    CaseRecords records;
    @Inject
    UnmodelledSteps unmodelled;
    @Inject
    CallerDirectory callers;
    @Inject
    Messages messages;
    @Inject
    Times times;

    List<CaseRecordEntry> whole(long incidentId) {
        return entries(incidentId, records.allTables(), true);
    }

    List<CaseRecordEntry> forHr(long incidentId) {
        return entries(incidentId, records.allTables().stream().filter(RecordTable::hrMaySee).toList(), false);
    }

    private List<CaseRecordEntry> entries(long incidentId, List<RecordTable> tables, boolean withUnmodelled) {
        List<CaseRecords.StoredRecord> rows = records.rowsOf(incidentId, tables);
        List<UnmodelledSteps.Unmodelled> others = withUnmodelled ? unmodelled.of(incidentId) : List.of();
        Set<String> people = new HashSet<>();
        rows.forEach(r -> {
            people.add(r.recordedBy());
            people.add(r.updatedBy());
        });
        others.forEach(o -> people.add(o.recordedBy()));
        people.remove(null);
        Map<String, String> names = callers.displayNames(people);
        List<CaseRecordEntry> entries = new ArrayList<>();
        for (CaseRecords.StoredRecord row : rows) {
            List<RecordFact> facts = new ArrayList<>();
            row.values().forEach((column, value) -> {
                if (value != null) {
                    RecordColumn declared = row.table().column(column);
                    facts.add(new RecordFact(column, messages.get(declared.labelKey(row.table().name())),
                            value instanceof LocalDate || value instanceof LocalDateTime ? value.toString() : value,
                            shown(declared, value)));
                }
            });
            boolean changed = row.updatedAt() != null && !row.updatedAt().equals(row.recordedAt());
            entries.add(new CaseRecordEntry(row.table().name(), messages.get(row.table().titleKey()), row.recordedAt(),
                    nameOf(names, row.recordedBy()), changed ? row.updatedAt() : null,
                    changed ? nameOf(names, row.updatedBy()) : null, facts));
        }
        for (UnmodelledSteps.Unmodelled other : others) {
            entries.add(new CaseRecordEntry("step_answers", other.stepName(), other.recordedAt(),
                    nameOf(names, other.recordedBy()), null, null, other.answers().stream()
                    .filter(a -> a.value() != null)
                    .map(a -> new RecordFact(a.key(), a.label(), a.value() instanceof LocalDate ? a.value().toString()
                            : a.value(), a.value() instanceof Boolean b ? yesNo(b) : a.value().toString())).toList()));
        }
        entries.sort(Comparator.comparing(CaseRecordEntry::recordedAt));
        return entries;
    }

    private static String nameOf(Map<String, String> names, String workflowUser) {
        return workflowUser == null ? null : names.get(workflowUser);
    }

    private String shown(RecordColumn column, Object value) {
        return switch (column.kind()) {
            case FLAG -> yesNo((Boolean) value);
            case DATE -> times.day((LocalDate) value);
            case MOMENT -> times.local((LocalDateTime) value);
            case CHOICE -> choice(column.column(), value.toString());
            case TEXT, NUMBER -> value.toString();
        };
    }

    /** A choice in words: {@code record.choice.<column>.<VALUE>}, else {@code <column>.<VALUE>} (e.g. categories). */
    private String choice(String column, String value) {
        return messages.find("record.choice." + column + "." + value)
                .or(() -> messages.find(column + "." + value)).orElse(value);
    }

    private String yesNo(Boolean value) {
        return messages.get(Boolean.TRUE.equals(value) ? "yes" : "no");
    }
}
