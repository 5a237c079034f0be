package org.safecase.workflow.admin;

import jakarta.inject.Named;
import org.flowable.common.engine.api.variable.VariableContainer;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.safecase.casefile.MappedStepRecorder;
import org.safecase.casefile.StepMapping;
import org.safecase.workflow.ProcessModels;
import org.safecase.workflow.StepRecorder;
import org.w3c.dom.Element;

import java.io.File;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14 item 4: the checks before deploy pass every model and the decision table SafeCase
 * ships, and refuse each kind of broken model with its words and the element it is about. The
 * broken models are the shipped ones changed here by element id.
 */
class ModelChecksTest {
    private static final String STAFF = "staffIncident.bpmn20.xml";
    private static final String CHILD_PROTECTION = "childProtectionIncident.bpmn20.xml";
    private static final String REFERRAL = "childProtectionReferral.bpmn20.xml";
    private static final String TABLE = "referralDecision.dmn";

    /** Every class of the application (not the tests), loaded without running their static initialisers. */
    private static final List<Class<?>> MAIN_CLASSES = mainClasses();

    private final ModelChecks checks = new ModelChecks();

    @Test
    void item4_everyShippedModelAndTheDecisionTablePassWithNoProblems() {
        for (String file : ProcessModels.RESOURCES) {
            String key = file.substring(0, file.indexOf('.'));
            assertThat(checks.checkProcess(key, EditedModel.shipped(file))).as(file).isEmpty();
            assertThat(checks.engineWarnings(key, EditedModel.shipped(file))).as(file).isEmpty();
        }
        assertThat(checks.checkDecision(ProcessModels.REFERRAL_DECISION, EditedModel.shipped(TABLE))).isEmpty();
    }

    @Test
    void item4_aStepOfferedToAGroupSafeCaseDoesNotKnowIsRefused() {
        EditedModel model = EditedModel.of(STAFF).set("headTeacherEnsuresTriage", "flowable:candidateGroups", "${headTeachersGroup}");

        assertRefused(checks.checkProcess("staffIncident", model.bytes()), "models.problem.unknownGroup",
                "headTeacherEnsuresTriage", "${headTeachersGroup}");
    }

    @Test
    void item4_aStepOfferedToOneSchoolsGroupOrToNobodyIsRefused() {
        EditedModel model = EditedModel.of(STAFF).set("recordSupport", "flowable:candidateGroups", "school:12:online-safety-lead");
        model.element("recordOutcome").removeAttributeNS(EditedModel.FLOWABLE, "candidateGroups");
        List<ModelProblem> problems = checks.checkProcess("staffIncident", model.bytes());

        assertRefused(problems, "models.problem.groupOfOneSchool", "recordSupport", "school:12:online-safety-lead");
        assertRefused(problems, "models.problem.noCandidateGroup", "recordOutcome");
    }

    @Test
    void item4_aDelegateNamingABeanThatDoesNotExistIsRefused() {
        EditedModel model = EditedModel.of(STAFF).set("closeCase", "flowable:delegateExpression", "${closeStaffCases}");

        assertRefused(checks.checkProcess("staffIncident", model.bytes()), "models.problem.unknownBean", "closeCase",
                "closeStaffCases");
    }

    @Test
    void item4_codeThatIsNotOneOfSafeCasesBeansIsRefused() {
        EditedModel model = EditedModel.of(STAFF);
        model.element("recordTriage").removeAttributeNS(EditedModel.FLOWABLE, "delegateExpression");
        model.set("recordTriage", "flowable:class", "org.safecase.casefile.RecordTriageOutcome");
        model.set("closeCase", "flowable:type", "shell");
        List<ModelProblem> problems = checks.checkProcess("staffIncident", model.bytes());

        assertRefused(problems, "models.problem.codeNotAllowed", "recordTriage");
        assertRefused(problems, "models.problem.taskTypeNotAllowed", "closeCase", "shell");
    }

    @Test
    void item4_anExpressionReadingAVariableThatDoesNotExistIsRefused() {
        EditedModel model = EditedModel.of(STAFF).condition("toPoliceReferral",
                "${mayBeCriminal || policeWantd || category == 'PUBLISHED_ALLEGATION'}");

        assertRefused(checks.checkProcess("staffIncident", model.bytes()), "models.problem.unknownVariable",
                "toPoliceReferral", "policeWantd");
    }

    @Test
    void item4_anExpressionDoingMoreThanReadingVariablesAndCallingRulesIsRefused() {
        EditedModel model = EditedModel.of(STAFF).condition("toPoliceReferral", "${category.getClass().getName() == 'x'}");
        EditedModel rule = EditedModel.of(CHILD_PROTECTION);
        Element listener = EditedModel.within(rule.element("completeDslRecord"), "taskListener").get(0);
        listener.setAttribute("expression", "${childProtectionRules.requireRecordCompleted(task)}");

        assertRefused(checks.checkProcess("staffIncident", model.bytes()), "models.problem.expressionNotAllowed",
                "toPoliceReferral", "${category.getClass().getName() == 'x'}");
        assertRefused(checks.checkProcess("childProtectionIncident", rule.bytes()), "models.problem.unknownRule",
                "completeDslRecord", "childProtectionRules.requireRecordCompleted");
    }

    @Test
    void item4_aTimerNotOnTheSchoolWorkingTimeCalendarIsRefused() {
        EditedModel model = EditedModel.of(STAFF);
        Element timer = EditedModel.within(model.element("triageDeadlineMissed"), "timerEventDefinition").get(0);
        timer.removeAttributeNS(EditedModel.FLOWABLE, "businessCalendarName");

        assertRefused(checks.checkProcess("staffIncident", model.bytes()), "models.problem.timerNotOnSchoolCalendar",
                "triageDeadlineMissed");
    }

    @Test
    void item4_aDeadlineTheSchoolCalendarCannotCountIsRefused() {
        EditedModel model = EditedModel.of(STAFF);
        Element duration = EditedModel.within(model.element("noSatisfactionAnswer"), "timeDuration").get(0);
        duration.setTextContent("PT48H");

        assertRefused(checks.checkProcess("staffIncident", model.bytes()), "models.problem.deadlineNotSchoolTime",
                "noSatisfactionAnswer", "PT48H");
    }

    @Test
    void item4_theChildProtectionModelWithoutTheReferralGateIsRefused() {
        EditedModel model = EditedModel.of(CHILD_PROTECTION).condition("referralRequiredFlow", "${adultInvolved}");

        assertRefused(checks.checkProcess("childProtectionIncident", model.bytes()), "models.problem.referralGateMissing",
                "childProtectionIncident");
    }

    @Test
    void item4_theChildProtectionModelNoLongerAskingTheReferralTableIsRefused() {
        EditedModel model = EditedModel.of(CHILD_PROTECTION).set("decideReferral", "flowable:delegateExpression",
                "${recordTriageOutcome}");
        List<ModelProblem> problems = checks.checkProcess("childProtectionIncident", model.bytes());

        assertRefused(problems, "models.problem.referralTableNotCalled", "childProtectionIncident");
        assertRefused(problems, "models.problem.requiredRuleMissing", "decideReferral", "referralDecisionTable");
    }

    @Test
    void item4_aPathFromReferralRequiredToTheEndThatSkipsTheReferralIsRefused() {
        EditedModel model = EditedModel.of(CHILD_PROTECTION).set("notYetReferred", "targetRef", "safeguardChildren");

        assertRefused(checks.checkProcess("childProtectionIncident", model.bytes()), "models.problem.referralSkipped",
                "closed", "referralRequiredFlow");
    }

    /** Only a flow taken when the referral is already made or under way ("Refer now") may bypass the call. */
    @Test
    void item4_aBypassOfTheReferralThatIsNotOnlyReferredAlreadyIsRefused() {
        EditedModel model = EditedModel.of(CHILD_PROTECTION).condition("alreadyReferred", "${referralInProgress || urgent}");

        assertRefused(checks.checkProcess("childProtectionIncident", model.bytes()), "models.problem.referralSkipped",
                "closed", "referralRequiredFlow");
    }

    @Test
    void item4_aReferralThatCanEndWithoutTheSocialCareReferralIsRefused() {
        EditedModel model = EditedModel.of(REFERRAL).set("toSocialCare", "targetRef", "bothReferred");

        assertRefused(checks.checkProcess("childProtectionReferral", model.bytes()), "models.problem.referralStepSkipped",
                "referred", "recordSocialCareReferral");
    }

    @Test
    void item4_aRequiredStepRemovedIsRefused() {
        EditedModel model = EditedModel.of(STAFF).renameId("recordOutcome", "recordResult");

        assertRefused(checks.checkProcess("staffIncident", model.bytes()), "models.problem.requiredStepMissing",
                "recordOutcome");
    }

    @Test
    void item4_aStoredAnswerRemovedOrOfAnotherKindIsRefused() {
        EditedModel model = EditedModel.of(STAFF);
        model.remove(model.field("recordOutcome", "caseOutcome"));
        model.field("triageByLead", "mayBeCriminal").setAttribute("type", "string");
        List<ModelProblem> problems = checks.checkProcess("staffIncident", model.bytes());

        assertRefused(problems, "models.problem.requiredFieldMissing", "recordOutcome", "caseOutcome");
        assertRefused(problems, "models.problem.requiredFieldKind.YES_NO", "triageByLead", "mayBeCriminal");
    }

    @Test
    void item4_theClosingRuleRemovedFromTheDslsRecordIsRefused() {
        EditedModel model = EditedModel.of(CHILD_PROTECTION);
        model.remove(EditedModel.within(model.element("completeDslRecord"), "taskListener").get(0));

        assertRefused(checks.checkProcess("childProtectionIncident", model.bytes()), "models.problem.requiredRuleMissing",
                "completeDslRecord", "childProtectionRules.requireRecordComplete");
    }

    @Test
    void item4_anAddedStepWithItsOwnFieldsPasses() {
        EditedModel model = EditedModel.of(STAFF);
        Element support = model.element("recordSupport");
        Element added = (Element) support.cloneNode(true);
        added.setAttribute("id", "recordFollowUp");
        added.setAttribute("name", "Lead records the follow-up call");
        EditedModel.within(added, "formProperty").forEach(f -> f.setAttribute("id", "followUp" + f.getAttribute("id")));
        support.getParentNode().insertBefore(added, support);
        model.set("afterSupport", "sourceRef", "recordFollowUp");
        Element flow = (Element) model.element("afterSupport").cloneNode(false);
        flow.setAttribute("id", "toFollowUp");
        flow.setAttribute("sourceRef", "recordSupport");
        flow.setAttribute("targetRef", "recordFollowUp");
        support.getParentNode().insertBefore(flow, support);

        assertThat(checks.checkProcess("staffIncident", model.bytes())).isEmpty();
    }

    /**
     * A model SafeCase does not ship keeps all its answers as variables, so its gateways may read
     * them; it has only the case's own variables besides, not those of a staff case.
     */
    @Test
    void item4_anAdminsNewModelMayReadItsOwnAnswersButNotAnotherModelsVariables() {
        EditedModel own = EditedModel.of("schoolProcedure.bpmn20.xml").renameId("schoolProcedure", "parentMeeting")
                .condition("toParentalConduct", "${sanction == 'MEETING'}").condition("toBehaviour", "${urgent}");
        EditedModel borrowing = EditedModel.of("schoolProcedure.bpmn20.xml").renameId("schoolProcedure", "parentMeeting");

        assertThat(checks.checkProcess("parentMeeting", own.bytes())).isEmpty();
        assertRefused(checks.checkProcess("parentMeeting", borrowing.bytes()), "models.problem.unknownVariable",
                "toParentalConduct", "perpetrator");
    }

    @Test
    void item4_aDecisionTableMissingAnOutputSafeCaseReadsIsRefused() {
        EditedModel table = EditedModel.of(TABLE);
        Element reason = table.element("reasonOutput");
        int index = EditedModel.within(table.element("referralTable"), "output").indexOf(reason);
        for (Element rule : EditedModel.within(table.element("referralTable"), "rule")) {
            table.remove(EditedModel.within(rule, "outputEntry").get(index));
        }
        table.remove(reason);

        assertRefused(checks.checkDecision("referralDecision", table.bytes()), "models.problem.decisionOutputMissing",
                "referralDecision", "referralReason");
    }

    @Test
    void item4_aDecisionTableThatMayGiveNoneOrSeveralAnswersIsRefused() {
        EditedModel table = EditedModel.of(TABLE).set("referralTable", "hitPolicy", "COLLECT");
        List<Element> rules = EditedModel.within(table.element("referralTable"), "rule");
        table.remove(rules.get(rules.size() - 1));
        List<ModelProblem> problems = checks.checkDecision("referralDecision", table.bytes());

        assertRefused(problems, "models.problem.decisionHitPolicy", "referralDecision", "COLLECT");
        assertRefused(problems, "models.problem.decisionNoCatchAll", "immediateRisk");
    }

    @Test
    void item4_aFileThatIsNotAModelIsRefusedInWords() {
        assertRefused(checks.checkProcess("staffIncident", "<definitions".getBytes(StandardCharsets.UTF_8)),
                "models.problem.unreadable", null);
        assertRefused(checks.checkDecision("referralDecision", EditedModel.shipped(STAFF)), "models.problem.unreadable", null);
        assertRefused(checks.checkProcess("policeReferral", EditedModel.shipped(STAFF)), "models.problem.wrongKey", null);
    }

    /**
     * The bean vocabulary cannot drift from the code: it is exactly the {@code @Named} classes that are
     * Flowable delegates or listeners, or have public methods taking a task or execution (rules), with
     * those methods.
     */
    @Test
    void item4_theBeanVocabularyIsEveryNamedWorkflowBeanInTheCode() throws Exception {
        Map<String, WorkflowBeans.Bean> found = new TreeMap<>();
        for (Class<?> named : MAIN_CLASSES) {
            if (!named.isAnnotationPresent(Named.class)) {
                continue;
            }
            String name = named.getAnnotation(Named.class).value();
            Set<String> rules = Arrays.stream(named.getMethods())
                    .filter(m -> Arrays.stream(m.getParameterTypes()).anyMatch(VariableContainer.class::isAssignableFrom))
                    .filter(m -> !Modifier.isStatic(m.getModifiers()))
                    .map(Method::getName).collect(Collectors.toSet());
            WorkflowBeans.Use use = JavaDelegate.class.isAssignableFrom(named) ? WorkflowBeans.Use.SERVICE_TASK
                    : TaskListener.class.isAssignableFrom(named) ? WorkflowBeans.Use.TASK_LISTENER
                    : ExecutionListener.class.isAssignableFrom(named) ? WorkflowBeans.Use.EXECUTION_LISTENER
                    : rules.isEmpty() ? null : WorkflowBeans.Use.RULES;
            if (use != null) {
                found.put(name, new WorkflowBeans.Bean(name, use, use == WorkflowBeans.Use.RULES ? rules : Set.of()));
            }
        }
        assertThat(found).isEqualTo(new TreeMap<>(WorkflowBeans.BY_NAME));
    }

    /** The list of recorded steps cannot drift from the recorders: every step and answer a recorder keeps is listed. */
    @Test
    void item4_everyStepAndAnswerTheCaseRecordKeepsIsListedAsRequired() throws Exception {
        Map<String, RecordedSteps.Step> listed = new HashMap<>();
        RecordedSteps.STEPS.forEach(step -> listed.put(StepRecorder.key(step.processKey(), step.stepId()), step));
        Method mappings = MappedStepRecorder.class.getDeclaredMethod("mappings");
        mappings.setAccessible(true);
        int recorders = 0;
        for (Class<?> recorderType : MAIN_CLASSES) {
            if (!StepRecorder.class.isAssignableFrom(recorderType) || recorderType.isInterface()
                    || Modifier.isAbstract(recorderType.getModifiers())) {
                continue;
            }
            recorders++;
            StepRecorder recorder = (StepRecorder) recorderType.getDeclaredConstructor().newInstance();
            assertThat(listed).as(recorderType.getSimpleName()).containsKeys(recorder.steps().toArray(String[]::new));
            if (recorder instanceof MappedStepRecorder) {
                for (Object mapping : (List<?>) mappings.invoke(recorder)) {
                    StepMapping step = (StepMapping) mapping;
                    assertThat(listed.get(step.key()).fields()).as(step.key()).containsKeys(
                            step.answerToColumn().keySet().toArray(String[]::new));
                }
            }
        }
        assertThat(recorders).isEqualTo(4);
    }

    private static List<Class<?>> mainClasses() {
        try {
            Path root = Path.of(ModelChecks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root.resolve("org/safecase"))) {
                List<Class<?>> classes = new ArrayList<>();
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                    classes.add(Class.forName(name, false, ModelChecksTest.class.getClassLoader()));
                }
                return classes;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A refusal with this key about this element, worded by the bundle with every placeholder filled. */
    private static void assertRefused(List<ModelProblem> problems, String key, String elementId, String... arguments) {
        assertThat(problems).as(problems.toString())
                .anySatisfy(problem -> {
                    assertThat(problem.messageKey()).isEqualTo(key);
                    assertThat(problem.elementId()).isEqualTo(elementId);
                    if (arguments.length > 0) {
                        assertThat(problem.arguments()).contains(arguments);
                    }
                });
        for (ModelProblem problem : problems) {
            String pattern = Bundle.ENGLISH.getProperty(problem.messageKey());
            assertThat(pattern).as(problem.messageKey()).isNotNull();
            String words = new MessageFormat(pattern, Locale.UK).format(problem.arguments().toArray());
            assertThat(words).as(problem.messageKey()).doesNotContainPattern("\\{\\d");
        }
    }

    private static final class Bundle {
        static final Properties ENGLISH = load();

        private static Properties load() {
            Properties properties = new Properties();
            try (var in = new InputStreamReader(ModelChecksTest.class.getResourceAsStream("/org/safecase/platform/messages.properties"),
                    StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return properties;
        }
    }
}
