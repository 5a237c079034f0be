package org.safecase.workflow.admin;

import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.SubProcess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A walk over a process model's sequence flows: from a starting element, where a case can end
 * without completing any step that must not be skipped and without taking any flow known to be
 * safe. Its answer is the process-level end events reached, and the process-level elements with no
 * way on (the engine ends a case there too).
 * <ul>
 *   <li>The walk enters a sub-process at its plain start events and leaves it by its outgoing flows
 *       once one of its end events (or an element with no way on inside it) is reached.</li>
 *   <li>Any entered element may be left through a boundary event attached to it, a step that must
 *       not be skipped included: a timer or an error leaves a step without completing it.</li>
 *   <li>A parallel join is entered only when every one of its incoming flows that can be reached from
 *       the start at all has been taken, as the engine waits for them all; other joins by any.</li>
 *   <li>Event sub-processes are not entered: nothing flows into them.</li>
 * </ul>
 * It is conservative in one way: a parallel branch ending on its own counts as reaching the end,
 * although the engine would still wait for the other branches.
 */
final class CompletionWithout {
    private final Process process;
    private final Map<String, List<SequenceFlow>> outgoing = new HashMap<>();
    private final Map<String, List<SequenceFlow>> incoming = new HashMap<>();
    private final Map<String, List<BoundaryEvent>> boundaries = new HashMap<>();

    CompletionWithout(Process process) {
        this.process = process;
        for (SequenceFlow flow : process.findFlowElementsOfType(SequenceFlow.class, true)) {
            outgoing.computeIfAbsent(flow.getSourceRef(), k -> new ArrayList<>()).add(flow);
            incoming.computeIfAbsent(flow.getTargetRef(), k -> new ArrayList<>()).add(flow);
        }
        for (BoundaryEvent boundary : process.findFlowElementsOfType(BoundaryEvent.class, true)) {
            boundaries.computeIfAbsent(boundary.getAttachedToRefId(), k -> new ArrayList<>()).add(boundary);
        }
    }

    /**
     * Where a case entering {@code startId} can end without completing an element {@code mustComplete}
     * accepts and without taking a flow {@code safe} accepts: the ids of process-level end events and
     * of process-level elements with no way on.
     */
    Set<String> endsReachable(String startId, Predicate<FlowElement> mustComplete, Predicate<SequenceFlow> safe) {
        Walk everywhere = new Walk(e -> false, f -> false, Set.of());
        everywhere.from(startId);
        Set<String> region = new HashSet<>();
        everywhere.taken.forEach(flow -> region.add(flow.getId()));
        Walk walk = new Walk(mustComplete, safe, region);
        walk.from(startId);
        Set<String> ends = new LinkedHashSet<>();
        for (String id : walk.entered) {
            FlowElement element = process.getFlowElement(id, true);
            if (element != null && element.getParentContainer() == process && walk.endsThere(element)) {
                ends.add(id);
            }
        }
        return ends;
    }

    private final class Walk {
        private final Predicate<FlowElement> mustComplete;
        private final Predicate<SequenceFlow> safe;
        /** Ids of the flows a parallel join waits for (reachable at all); empty: joins do not wait. */
        private final Set<String> waitedFor;
        private final Set<String> entered = new LinkedHashSet<>();
        private final Set<SequenceFlow> taken = new LinkedHashSet<>();

        Walk(Predicate<FlowElement> mustComplete, Predicate<SequenceFlow> safe, Set<String> waitedFor) {
            this.mustComplete = mustComplete;
            this.safe = safe;
            this.waitedFor = waitedFor;
        }

        void from(String startId) {
            entered.add(startId);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (String id : new ArrayList<>(entered)) {
                    grew |= step(id);
                }
            }
        }

        private boolean step(String id) {
            FlowElement element = process.getFlowElement(id, true);
            if (element == null) {
                return false;
            }
            boolean grew = false;
            for (BoundaryEvent boundary : boundaries.getOrDefault(id, List.of())) {
                grew |= entered.add(boundary.getId());
            }
            if (element instanceof SubProcess sub) {
                for (FlowElement inner : sub.getFlowElements()) {
                    if (inner instanceof StartEvent start && start.getEventDefinitions().isEmpty()) {
                        grew |= entered.add(start.getId());
                    }
                }
            }
            if (!completes(element)) {
                return grew;
            }
            for (SequenceFlow flow : outgoing.getOrDefault(id, List.of())) {
                if (!safe.test(flow) && taken.add(flow)) {
                    grew = true;
                }
                if (taken.contains(flow) && joinPassed(flow.getTargetRef())) {
                    grew |= entered.add(flow.getTargetRef());
                }
            }
            return grew;
        }

        /** Entered and done: not a step that must not be skipped; a sub-process once a case can end inside it. */
        private boolean completes(FlowElement element) {
            if (!entered.contains(element.getId()) || mustComplete.test(element)) {
                return false;
            }
            if (element instanceof SubProcess sub) {
                return sub.getFlowElements().stream().anyMatch(inner -> entered.contains(inner.getId()) && endsThere(inner));
            }
            return element instanceof FlowNode;
        }

        /** Whether a case (or a sub-process) ends at this element once entered: an end event, or a done element with no way on. */
        boolean endsThere(FlowElement element) {
            if (element instanceof EndEvent) {
                return true;
            }
            return element instanceof FlowNode && completes(element) && outgoing.getOrDefault(element.getId(), List.of()).isEmpty();
        }

        private boolean joinPassed(String targetId) {
            List<SequenceFlow> into = incoming.getOrDefault(targetId, List.of());
            if (waitedFor.isEmpty() || into.size() < 2 || !(process.getFlowElement(targetId, true) instanceof ParallelGateway)) {
                return true;
            }
            return into.stream().filter(flow -> waitedFor.contains(flow.getId())).allMatch(taken::contains);
        }
    }
}
