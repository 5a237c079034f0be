package org.safecase.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where a case is on its diagram, worked out from the history of its process instance: the
 * elements done (in the order they were done, the sequence flows taken included) and those open
 * now; and the same as steps in words. An element passed more than once (a loop, one child's
 * record of several) counts as open while any pass of it is open.
 *
 * <p>The engine's history says when each pass ended, not always whether it was done: a boundary
 * event's pass ends when its task does, whether or not it fired, and a sub-process ended by its
 * own terminate end event ends "cancelled" although the case went on from it. So a pass counts
 * as done when it ended normally and is not a boundary event, or when the case left it by one of
 * its outgoing sequence flows; a boundary event waiting beside an open task is not open itself.</p>
 *
 * <p>Steps in words leave out what a reader does not act on: sequence flows, gateways (their
 * question is answered by the flow taken) and boundary events (an open task's deadline is not a
 * step of its own), and elements without a name.</p>
 */
record DiagramMarks(List<String> doneElements, List<String> openElements,
                    List<DiagramStep> stepsDone, List<DiagramStep> stepsOpen) {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String FLOW = "sequenceFlow";
    private static final String BOUNDARY = "boundaryEvent";
    private static final Set<String> NOT_STEPS = Set.of(FLOW, BOUNDARY);

    /**
     * @param traces every pass through the model's elements, in any order
     * @param outgoing the ids of an element's outgoing sequence flows in the model
     * @param openWithin the names of the steps open now in a process a call activity started (by its instance id)
     */
    static DiagramMarks of(List<ActivityTrace> traces, Function<String, List<String>> outgoing,
                           Function<String, List<String>> openWithin) {
        List<ActivityTrace> byStart = traces.stream()
                .sorted(Comparator.comparing(ActivityTrace::started, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        Set<String> flowsTaken = new HashSet<>();
        byStart.stream().filter(t -> FLOW.equals(t.type()) && t.endedNormally()).forEach(t -> flowsTaken.add(t.elementId()));
        Predicate<ActivityTrace> isDone = t -> !t.isOpen()
                && ((t.endedNormally() && !BOUNDARY.equals(t.type())) || outgoing.apply(t.elementId()).stream().anyMatch(flowsTaken::contains));
        Map<String, ActivityTrace> open = new LinkedHashMap<>();
        byStart.stream().filter(t -> t.isOpen() && !BOUNDARY.equals(t.type()))
                .forEach(t -> open.putIfAbsent(t.elementId(), t));
        Set<String> done = new LinkedHashSet<>();
        byStart.stream().filter(isDone)
                .sorted(Comparator.comparing(ActivityTrace::ended).thenComparing(ActivityTrace::started,
                        Comparator.nullsFirst(Comparator.<Instant>naturalOrder())))
                .map(ActivityTrace::elementId)
                .filter(id -> !open.containsKey(id))
                .forEach(done::add);
        Map<String, ActivityTrace> doneSteps = new LinkedHashMap<>();
        byStart.stream().filter(isDone)
                .sorted(Comparator.comparing(ActivityTrace::ended))
                .filter(t -> done.contains(t.elementId()) && isStep(t))
                .forEach(t -> doneSteps.putIfAbsent(t.elementId(), t));
        List<DiagramStep> stepsDone = doneSteps.values().stream()
                .map(t -> new DiagramStep(t.elementId(), readable(t.name()), List.of())).toList();
        List<DiagramStep> stepsOpen = new ArrayList<>();
        for (ActivityTrace t : open.values()) {
            if (isStep(t)) {
                List<String> within = t.calledInstance() == null ? List.of() : openWithin.apply(t.calledInstance());
                stepsOpen.add(new DiagramStep(t.elementId(), readable(t.name()), within));
            }
        }
        return new DiagramMarks(List.copyOf(done), List.copyOf(open.keySet()), stepsDone, stepsOpen);
    }

    private static boolean isStep(ActivityTrace trace) {
        return trace.type() != null && !NOT_STEPS.contains(trace.type()) && !trace.type().endsWith("Gateway")
                && !readable(trace.name()).isEmpty();
    }

    /**
     * A model's name as a reader can take it: an expression in it ({@code ${urgentPolice ? ...}},
     * {@code for child ${loopCounter + 1}}) is left out, the engine having shown its value on the task itself.
     */
    static String readable(String name) {
        if (name == null) {
            return "";
        }
        return SPACES.matcher(EXPRESSION.matcher(name).replaceAll(" ")).replaceAll(" ").trim();
    }
}
