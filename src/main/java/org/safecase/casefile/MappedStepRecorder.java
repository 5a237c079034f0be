package org.safecase.casefile;

import jakarta.inject.Inject;
import org.safecase.workflow.CompletedStep;
import org.safecase.workflow.StepRecorder;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A feature's recorder of the steps it owns, declared as {@link StepMapping}s over its
 * {@link RecordTable}s: subclasses list their tables and mappings, this writes them.
 */
public abstract class MappedStepRecorder implements StepRecorder, CaseRecordTables {
    @Inject
    protected CaseRecords records;

    protected abstract List<StepMapping> mappings();

    @Override
    public Set<String> steps() {
        return mappings().stream().map(StepMapping::key).collect(Collectors.toSet());
    }

    @Override
    public void record(CompletedStep step) {
        String key = StepRecorder.key(step.processKey(), step.stepKey());
        for (StepMapping mapping : mappings()) {
            if (mapping.key().equals(key)) {
                records.write(mapping.table(), step.caseReference(), mapping.rowKey(step), step.workflowUser(), step.at(),
                        mapping.values(step));
            }
        }
    }
}
