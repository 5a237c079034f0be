package org.safecase.workflow.admin;

import org.flowable.common.engine.impl.util.io.BytesStreamSource;
import org.flowable.dmn.model.Decision;
import org.flowable.dmn.model.DecisionRule;
import org.flowable.dmn.model.DecisionTable;
import org.flowable.dmn.model.DmnDefinition;
import org.flowable.dmn.model.DmnElement;
import org.flowable.dmn.model.HitPolicy;
import org.flowable.dmn.model.InputClause;
import org.flowable.dmn.model.OutputClause;
import org.flowable.dmn.model.RuleInputClauseContainer;
import org.flowable.dmn.model.RuleOutputClauseContainer;
import org.flowable.dmn.xml.converter.DmnXMLConverter;
import org.safecase.workflow.ChildProtectionIncidentVariables;
import org.safecase.workflow.ProcessModels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Check 6: a decision table ({@code <key>.dmn}) is read by the engine's DMN converter (with its
 * schema), holds exactly one decision, whose id is the key, and that decision is a table whose hit
 * policy gives exactly one answer for every case: "first", with a last row that matches everything
 * ("-" in every input). The referral table ({@value ProcessModels#REFERRAL_DECISION}) must also
 * give what {@code ReferralDecisions} reads ({@code referralRequired} and {@code urgentPolice} as
 * yes/no, {@code referralReason} as text), filled in on every row, and its inputs may read only
 * the child-protection case's variables (those the decision step hands the table).
 */
final class DecisionCheck {
    /** What {@code ReferralDecisions} reads of the referral table's answer, by output name and type. */
    private static final Map<String, String> REFERRAL_OUTPUTS = Map.of(
            ChildProtectionIncidentVariables.REFERRAL_REQUIRED, "boolean",
            ChildProtectionIncidentVariables.URGENT_POLICE, "boolean",
            ChildProtectionIncidentVariables.REFERRAL_REASON, "string");
    /** Answers a row must give: an empty one reads as "no" and would silently mean "no referral". */
    private static final Set<String> NEVER_EMPTY = Set.of(ChildProtectionIncidentVariables.REFERRAL_REQUIRED,
            ChildProtectionIncidentVariables.URGENT_POLICE);

    List<ModelProblem> check(String key, byte[] xml) {
        DmnDefinition definition;
        try {
            definition = new DmnXMLConverter().convertToDmnModel(new BytesStreamSource(xml), true, true, "UTF-8");
        } catch (RuntimeException e) {
            return List.of(ModelProblem.of("models.problem.unreadable", null, ModelChecks.reason(e)));
        }
        List<ModelProblem> problems = new ArrayList<>();
        if (definition.getDecisions().size() != 1) {
            problems.add(ModelProblem.of("models.problem.oneDecisionPerFile", null,
                    String.valueOf(definition.getDecisions().size())));
        }
        Decision decision = definition.getDecisionById(key);
        if (decision == null) {
            problems.add(ModelProblem.of("models.problem.wrongKey", null, key));
            return problems;
        }
        if (!(decision.getExpression() instanceof DecisionTable table)) {
            problems.add(problem("models.problem.decisionNotTable", decision, decision.getId()));
            return problems;
        }
        oneAnswer(decision, table, problems);
        if (ProcessModels.REFERRAL_DECISION.equals(key)) {
            referralAnswer(decision, table, problems);
            referralFacts(table, problems);
        }
        return problems;
    }

    private static void oneAnswer(Decision decision, DecisionTable table, List<ModelProblem> problems) {
        if (table.getHitPolicy() != HitPolicy.FIRST) {
            problems.add(problem("models.problem.decisionHitPolicy", decision, decision.getId(),
                    String.valueOf(table.getHitPolicy() == null ? null : table.getHitPolicy().getValue())));
        }
        List<DecisionRule> rules = table.getRules();
        DecisionRule last = rules.isEmpty() ? null : rules.get(rules.size() - 1);
        if (last == null || !last.getInputEntries().stream().allMatch(DecisionCheck::matchesAnything)) {
            problems.add(last == null ? problem("models.problem.decisionNoCatchAll", decision, decision.getId())
                    : problem("models.problem.decisionNoCatchAll", last, last.getId()));
        }
    }

    private static boolean matchesAnything(RuleInputClauseContainer entry) {
        String text = entry.getInputEntry() == null ? null : entry.getInputEntry().getText();
        return text == null || text.isBlank() || "-".equals(text.strip());
    }

    private static void referralAnswer(Decision decision, DecisionTable table, List<ModelProblem> problems) {
        REFERRAL_OUTPUTS.forEach((name, type) -> {
            Optional<OutputClause> output = table.getOutputs().stream().filter(o -> name.equals(o.getName())).findFirst();
            if (output.isEmpty()) {
                problems.add(problem("models.problem.decisionOutputMissing", decision, decision.getId(), name));
            } else if (!type.equals(output.get().getTypeRef())) {
                problems.add(problem("models.problem.decisionOutputType." + type, output.get(), output.get().getId(), name));
            }
        });
        for (DecisionRule rule : table.getRules()) {
            for (String name : NEVER_EMPTY) {
                boolean given = rule.getOutputEntries().stream()
                        .filter(entry -> entry.getOutputClause() != null && name.equals(entry.getOutputClause().getName()))
                        .map(RuleOutputClauseContainer::getOutputEntry)
                        .anyMatch(entry -> entry != null && entry.getText() != null && !entry.getText().isBlank());
                if (!given && table.getOutputs().stream().anyMatch(o -> name.equals(o.getName()))) {
                    problems.add(problem("models.problem.decisionAnswerEmpty", rule, rule.getId(), name));
                }
            }
        }
    }

    /** The table's inputs read only what the child-protection case hands it. */
    private static void referralFacts(DecisionTable table, List<ModelProblem> problems) {
        Set<String> facts = ModelVariables.of(ProcessModels.CHILD_PROTECTION_INCIDENT);
        for (InputClause input : table.getInputs()) {
            String text = input.getInputExpression() == null ? null : input.getInputExpression().getText();
            if (text == null || text.isBlank()) {
                problems.add(problem("models.problem.expressionUnreadable", input, input.getId(), String.valueOf(text)));
                continue;
            }
            String expression = ExpressionReading.isExpression(text) ? text : "${" + text.strip() + "}";
            Optional<ExpressionReading> reading = ExpressionReading.of(expression);
            if (reading.isEmpty()) {
                problems.add(problem("models.problem.expressionUnreadable", input, input.getId(), text));
            } else if (reading.get().refused() || !reading.get().calls().isEmpty()) {
                problems.add(problem("models.problem.expressionNotAllowed", input, input.getId(), text));
            } else {
                reading.get().names().stream().filter(name -> !facts.contains(name)).forEach(name ->
                        problems.add(problem("models.problem.unknownVariable", input, input.getId(), name)));
            }
        }
    }

    /** A problem naming a table's element by its label (or name) and id. */
    private static ModelProblem problem(String messageKey, DmnElement element, String id, String... more) {
        String label = element.getLabel() != null && !element.getLabel().isBlank() ? element.getLabel()
                : element instanceof Decision d && d.getName() != null ? d.getName() : String.valueOf(id);
        String[] arguments = new String[more.length + 2];
        arguments[0] = label;
        arguments[1] = String.valueOf(id);
        System.arraycopy(more, 0, arguments, 2, more.length);
        return ModelProblem.of(messageKey, id, arguments);
    }
}
