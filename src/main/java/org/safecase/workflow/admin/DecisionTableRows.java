package org.safecase.workflow.admin;

import org.flowable.common.engine.impl.util.io.BytesStreamSource;
import org.flowable.dmn.model.DecisionRule;
import org.flowable.dmn.model.DecisionTable;
import org.flowable.dmn.model.DmnElement;
import org.flowable.dmn.xml.converter.DmnXMLConverter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue #14 item 2: a decision table's read-only view on the library page, as an HTML table a
 * screen reader can walk: its inputs and outputs (by their labels) and one row per rule, in the
 * order the table decides (its hit policy is FIRST: the first rule that matches answers).
 */
public record DecisionTableRows(String hitPolicy, List<String> inputs, List<String> outputs, List<List<String>> rules)
        implements java.io.Serializable {

    /** The table of the file's decision, or an empty view when the file holds no decision table. */
    public static DecisionTableRows of(String xml) {
        var definition = new DmnXMLConverter().convertToDmnModel(
                new BytesStreamSource(xml.getBytes(StandardCharsets.UTF_8)), false, true, "UTF-8");
        if (definition.getDecisions().isEmpty()
                || !(definition.getDecisions().get(0).getExpression() instanceof DecisionTable table)) {
            return new DecisionTableRows("", List.of(), List.of(), List.of());
        }
        return new DecisionTableRows(table.getHitPolicy() == null ? "" : table.getHitPolicy().getValue(),
                table.getInputs().stream().map(DecisionTableRows::labelOf).toList(),
                table.getOutputs().stream().map(DecisionTableRows::labelOf).toList(),
                table.getRules().stream().map(DecisionTableRows::cells).toList());
    }

    private static String labelOf(DmnElement clause) {
        return clause.getLabel() != null ? clause.getLabel() : String.valueOf(clause.getId());
    }

    private static List<String> cells(DecisionRule rule) {
        return Stream.concat(
                rule.getInputEntries().stream().map(entry -> entry.getInputEntry() == null ? "" : entry.getInputEntry().getText()),
                rule.getOutputEntries().stream().map(entry -> entry.getOutputEntry() == null ? "" : entry.getOutputEntry().getText()))
                .map(text -> text == null ? "" : text.strip()).toList();
    }
}
