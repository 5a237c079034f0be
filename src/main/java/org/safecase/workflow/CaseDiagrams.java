package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Issue #14 item 8: the diagram of a case, running or ended. The case's process is its main
 * process instance (business key = case reference, not one a call activity started; after a
 * recategorisation, the one started last); its model is the process definition version that
 * instance runs on, not the newest, so a case on an older version is drawn as it runs. Callers
 * check that the caller may see the case first.
 */
@ApplicationScoped
public class CaseDiagrams {
    /** More passes than this through one process's elements are not read; none of the models comes near it. */
    static final int MAX_TRACES = 2_000;
    /** How deep the open steps of called processes are followed (a takedown calling a takedown, say). */
    private static final int MAX_DEPTH = 3;

    @Inject
    HistoryService historyService;
    @Inject
    RepositoryService repositoryService;

    /** The case's diagram; empty when no process has run for the case. */
    public Optional<CaseDiagram> of(String caseReference) {
        if (caseReference == null) {
            return Optional.empty();
        }
        List<HistoricProcessInstance> main = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference).excludeSubprocesses(true)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (main.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = main.get(0);
        ProcessDefinition definition = repositoryService.getProcessDefinition(instance.getProcessDefinitionId());
        DiagramMarks marks = marksOf(instance.getId(), instance.getProcessDefinitionId(), 0);
        return Optional.of(new CaseDiagram(definition.getKey(),
                definition.getName() == null ? definition.getKey() : definition.getName(), definition.getVersion(),
                xmlOf(definition), marks.doneElements(), marks.openElements(), marks.stepsDone(), marks.stepsOpen()));
    }

    private DiagramMarks marksOf(String processInstanceId, String processDefinitionId, int depth) {
        List<ActivityTrace> traces = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc()
                .listPage(0, MAX_TRACES).stream().map(CaseDiagrams::traceOf).toList();
        BpmnModel model = repositoryService.getBpmnModel(processDefinitionId);
        return DiagramMarks.of(traces, id -> model.getFlowElement(id) instanceof FlowNode node
                ? node.getOutgoingFlows().stream().map(SequenceFlow::getId).toList() : List.of(),
                called -> depth >= MAX_DEPTH ? List.of() : openStepsOf(called, depth + 1));
    }

    /** The names of the steps open now in a process a call activity started, and in those it started. */
    private List<String> openStepsOf(String calledInstanceId, int depth) {
        HistoricProcessInstance called = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(calledInstanceId).singleResult();
        if (called == null) {
            return List.of();
        }
        return marksOf(called.getId(), called.getProcessDefinitionId(), depth).stepsOpen().stream()
                .flatMap(step -> step.within().isEmpty() ? Stream.of(step.name()) : step.within().stream()).toList();
    }

    private static ActivityTrace traceOf(HistoricActivityInstance activity) {
        return new ActivityTrace(activity.getActivityId(), activity.getActivityType(), activity.getActivityName(),
                activity.getStartTime() == null ? null : activity.getStartTime().toInstant(),
                activity.getEndTime() == null ? null : activity.getEndTime().toInstant(),
                activity.getDeleteReason() != null, activity.getCalledProcessInstanceId());
    }

    private String xmlOf(ProcessDefinition definition) {
        try (InputStream xml = repositoryService.getResourceAsStream(definition.getDeploymentId(),
                definition.getResourceName())) {
            return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
