package org.safecase.casefile;

import org.safecase.workflow.CompletedStep;
import org.safecase.workflow.StepRecorder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How one step of a model fills in a record table: into which row (its own, or the one of its
 * (sub)process instance that several steps share), which answer goes to which column, and any
 * values the step implies without asking (a status, the day it was done).
 */
public record StepMapping(String processKey, String stepKey, RecordTable table, Row row,
                          Map<String, String> answerToColumn, Function<CompletedStep, Map<String, Object>> implied) {
    public enum Row { STEP, SCOPE }

    public static StepMapping of(String processKey, String stepKey, RecordTable table, Row row, String... answerColumnPairs) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < answerColumnPairs.length; i += 2) {
            table.column(answerColumnPairs[i + 1]);
            pairs.put(answerColumnPairs[i], answerColumnPairs[i + 1]);
        }
        return new StepMapping(processKey, stepKey, table, row, pairs, step -> Map.of());
    }

    public StepMapping implying(Function<CompletedStep, Map<String, Object>> values) {
        return new StepMapping(processKey, stepKey, table, row, answerToColumn, values);
    }

    public String key() {
        return StepRecorder.key(processKey, stepKey);
    }

    /** The values this step gives its row: its answers by column, then what it implies. */
    Map<String, Object> values(CompletedStep step) {
        Map<String, Object> values = new LinkedHashMap<>();
        answerToColumn.forEach((answer, column) -> values.put(column, step.answer(answer).map(a -> a.value()).orElse(null)));
        values.putAll(implied.apply(step));
        return values;
    }

    String rowKey(CompletedStep step) {
        return row == Row.STEP ? step.stepRecordKey() : step.scopeId();
    }
}
