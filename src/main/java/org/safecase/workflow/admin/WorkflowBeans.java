package org.safecase.workflow.admin;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The beans a model may name, by the name the engine looks up ({@code @Named}), what they may be
 * used for, and for rule beans the methods a model may call. The container cannot be asked in a
 * unit test or before the engine runs, so the list is here; {@code ModelChecksTest} compares it
 * with every {@code @Named} class under {@code org.safecase} that is a Flowable delegate, listener
 * or takes a task or execution, so a bean added, renamed or removed in the code fails that test
 * until this list follows.
 */
final class WorkflowBeans {
    /** What the engine does with a bean: the interface it needs, or method calls in expressions. */
    enum Use { SERVICE_TASK, TASK_LISTENER, EXECUTION_LISTENER, RULES }

    record Bean(String name, Use use, Set<String> methods) {
    }

    static final Map<String, Bean> BY_NAME = index(
            delegate("referralDecisionTable", Use.SERVICE_TASK),
            delegate("recordTriageOutcome", Use.SERVICE_TASK),
            delegate("closeStaffCase", Use.SERVICE_TASK),
            delegate("closeChildProtectionCase", Use.SERVICE_TASK),
            delegate("handCaseToHr", Use.SERVICE_TASK),
            delegate("recordReferralDecision", Use.EXECUTION_LISTENER),
            delegate("childSafeguardingRecords", Use.TASK_LISTENER),
            delegate("destroyWithheldFiles", Use.TASK_LISTENER),
            rules("childProtectionRules", "requirePlausibleReview", "requireParentsDecisionReasoned",
                    "requireRemovalHelp", "requireSanctionsWhenPolicyBreached", "requireRecordComplete",
                    "requireLawfulDeviceSearch", "requireViewingRecord"),
            rules("takedownRules", "requireWebAddress", "requireTermUnlessIllegal"),
            rules("policeRules", "requireStaffMemberConsulted"));

    private WorkflowBeans() {
    }

    static Optional<Bean> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static Bean delegate(String name, Use use) {
        return new Bean(name, use, Set.of());
    }

    private static Bean rules(String name, String... methods) {
        return new Bean(name, Use.RULES, Set.of(methods));
    }

    private static Map<String, Bean> index(Bean... beans) {
        return Arrays.stream(beans).collect(Collectors.toUnmodifiableMap(Bean::name, Function.identity()));
    }
}
