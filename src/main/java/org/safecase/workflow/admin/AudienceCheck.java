package org.safecase.workflow.admin;

import org.flowable.bpmn.model.UserTask;
import org.safecase.identity.SchoolGroups;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check 1: every step a person does is offered to someone SafeCase can put in front of the right
 * people. A candidate group is either a variable holding the case's group ({@code ${reviewGroup}},
 * {@link ModelVariables#GROUPS}) or, written out, a local authority's group
 * ({@code la:<id>:hr}, {@link SchoolGroups}). One school's group written into the model is refused:
 * a model serves every school, and that would show every school's cases to one school (schools are
 * tenants). An assignee or candidate user is a variable holding one person
 * ({@code ${reporterUser}}, {@link ModelVariables#USERS}), never a person's id written out. A step
 * with none of these would be offered to nobody.
 */
final class AudienceCheck implements ProcessCheck {
    private static final Pattern ONE_NAME = Pattern.compile("[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}");

    @Override
    public List<ModelProblem> check(CheckedProcess model) {
        List<ModelProblem> problems = new ArrayList<>();
        for (UserTask task : model.process().findFlowElementsOfType(UserTask.class, true)) {
            boolean offered = false;
            for (String group : task.getCandidateGroups()) {
                offered = true;
                groupProblem(model, task.getId(), group.strip()).ifPresent(problems::add);
            }
            List<String> people = new ArrayList<>(task.getCandidateUsers());
            if (task.getAssignee() != null && !task.getAssignee().isBlank()) {
                people.add(task.getAssignee());
            }
            for (String person : people) {
                offered = true;
                if (!oneVariableOf(person.strip(), ModelVariables.USERS)) {
                    problems.add(model.problem("models.problem.unknownPerson", task.getId(), person.strip()));
                }
            }
            if (!offered) {
                problems.add(model.problem("models.problem.noCandidateGroup", task.getId()));
            }
        }
        return problems;
    }

    private static Optional<ModelProblem> groupProblem(CheckedProcess model, String taskId, String group) {
        if (oneVariableOf(group, ModelVariables.GROUPS)) {
            return Optional.empty();
        }
        Optional<SchoolGroups.Members> members = ExpressionReading.isExpression(group) ? Optional.empty()
                : SchoolGroups.members(group);
        if (members.isPresent() && members.get().schoolId() == null) {
            return Optional.empty();
        }
        return Optional.of(model.problem(members.isPresent() ? "models.problem.groupOfOneSchool"
                : "models.problem.unknownGroup", taskId, group));
    }

    private static boolean oneVariableOf(String text, java.util.Set<String> variables) {
        Matcher name = ONE_NAME.matcher(text);
        return name.matches() && variables.contains(name.group(1));
    }
}
