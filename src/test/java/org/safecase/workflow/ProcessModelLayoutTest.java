package org.safecase.workflow;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14 item 1, "models a person can read": every shipped process model carries its own
 * diagram (BPMNDI) that bpmn-js draws as it is, reading left to right, with gateways asking
 * questions and no name cut off or covered.
 *
 * <p>Text widths are estimated, not measured: 0.6 em per character (bpmn-js draws Arial, which
 * Debian's Chromium replaces by DejaVu Sans, on average 0.52 em on these names; Arial itself is
 * narrower), with bpmn-js's sizes: task names 12 px in lines of 1.2 em inside a padding of 7 px,
 * external labels (events, gateways, flows) 11 px wrapped at their label's width. Words are
 * wrapped greedily, as bpmn-js does. src/main/frontend/layout sizes the shapes by the same metric.
 */
class ProcessModelLayoutTest {
    private static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";

    private static final double EM = 0.6;
    private static final double TASK_FONT = 12;
    private static final double LABEL_FONT = 11;
    private static final double LINE_HEIGHT = 1.2;
    private static final double TASK_PADDING = 7;
    /** At least this share of each model's sequence flows must end to the right of where they start. */
    private static final double RIGHTWARDS_SHARE = 0.9;

    private static final Set<String> FLOW_NODES = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent", "userTask", "serviceTask", "scriptTask", "sendTask",
            "receiveTask", "manualTask", "businessRuleTask", "task", "callActivity", "subProcess",
            "exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway", "complexGateway");
    private static final Set<String> ACTIVITIES = Set.of("userTask", "serviceTask", "scriptTask", "sendTask",
            "receiveTask", "manualTask", "businessRuleTask", "task", "callActivity");

    static Stream<String> models() {
        return ProcessModels.RESOURCES.stream();
    }

    record Box(double x, double y, double width, double height) {
        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }

        double centreX() {
            return x + width / 2;
        }

        double centreY() {
            return y + height / 2;
        }

        boolean overlaps(Box other) {
            return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
        }

        boolean touches(Point p) {
            double slack = 2;
            return p.x >= x - slack && p.x <= right() + slack && p.y >= y - slack && p.y <= bottom() + slack;
        }
    }

    record Point(double x, double y) {
    }

    /** One model: its flow nodes and flows (by id) with their container, and its diagram. */
    static final class Model {
        final String file;
        final Map<String, Element> nodes = new HashMap<>();
        final Map<String, Element> flows = new HashMap<>();
        final Map<String, String> containerOf = new HashMap<>();
        final Map<String, Box> shapes = new HashMap<>();
        final Map<String, Element> shapeElements = new HashMap<>();
        final Map<String, List<Point>> edges = new HashMap<>();
        final Map<String, Box> labels = new HashMap<>();

        Model(String file) throws Exception {
            this.file = file;
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(Path.of("bpmn", file).toFile());
            for (Element process : children(document.getDocumentElement(), MODEL, "process")) {
                collect(process);
            }
            for (Element shape : descendants(document.getDocumentElement(), BPMNDI, "BPMNShape")) {
                String id = shape.getAttribute("bpmnElement");
                shapes.put(id, box(children(shape, DC, "Bounds").get(0)));
                shapeElements.put(id, shape);
                label(shape).ifPresent(label -> labels.put(id, label));
            }
            for (Element edge : descendants(document.getDocumentElement(), BPMNDI, "BPMNEdge")) {
                String id = edge.getAttribute("bpmnElement");
                edges.put(id, children(edge, DI, "waypoint").stream()
                        .map(p -> new Point(Double.parseDouble(p.getAttribute("x")), Double.parseDouble(p.getAttribute("y"))))
                        .toList());
                label(edge).ifPresent(label -> labels.put(id, label));
            }
        }

        private void collect(Element container) {
            for (Element child : children(container, MODEL, null)) {
                if (FLOW_NODES.contains(child.getLocalName())) {
                    nodes.put(child.getAttribute("id"), child);
                    containerOf.put(child.getAttribute("id"), container.getAttribute("id"));
                    if (child.getLocalName().equals("subProcess")) {
                        collect(child);
                    }
                } else if (child.getLocalName().equals("sequenceFlow")) {
                    flows.put(child.getAttribute("id"), child);
                }
            }
        }

        private static java.util.Optional<Box> label(Element diagramElement) {
            return children(diagramElement, BPMNDI, "BPMNLabel").stream()
                    .flatMap(l -> children(l, DC, "Bounds").stream()).findFirst().map(Model::box);
        }

        private static Box box(Element bounds) {
            return new Box(Double.parseDouble(bounds.getAttribute("x")), Double.parseDouble(bounds.getAttribute("y")),
                    Double.parseDouble(bounds.getAttribute("width")), Double.parseDouble(bounds.getAttribute("height")));
        }

        String type(String id) {
            return nodes.get(id).getLocalName();
        }

        String name(String id) {
            Element element = nodes.containsKey(id) ? nodes.get(id) : flows.get(id);
            return element.getAttribute("name").strip();
        }

        List<Element> outgoing(String id) {
            return flows.values().stream().filter(f -> f.getAttribute("sourceRef").equals(id)).toList();
        }

        List<Element> incoming(String id) {
            return flows.values().stream().filter(f -> f.getAttribute("targetRef").equals(id)).toList();
        }

        boolean isExpandedSubProcess(String id) {
            return type(id).equals("subProcess") && "true".equals(shapeElements.get(id).getAttribute("isExpanded"));
        }
    }

    private static List<Element> children(Node parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI())
                    && (localName == null || localName.equals(e.getLocalName()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element root, String namespace, String localName) {
        var list = root.getElementsByTagNameNS(namespace, localName);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    /** The lines bpmn-js needs for the text at this width, wrapping at spaces. */
    static List<String> wrap(String text, double width, double fontSize) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && textWidth(candidate, fontSize) > width) {
                lines.add(line);
                line = word;
            } else {
                line = candidate;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    static double textWidth(String text, double fontSize) {
        return text.length() * EM * fontSize;
    }

    /** Why the text does not fit in a box of this width and height, or null when it does. */
    static String misfit(String text, double width, double height, double fontSize) {
        List<String> lines = wrap(text, width, fontSize);
        double needed = lines.size() * fontSize * LINE_HEIGHT;
        for (String line : lines) {
            if (textWidth(line, fontSize) > width + 0.5) {
                return "'" + line + "' is " + Math.round(textWidth(line, fontSize)) + " px wide, more than " + Math.round(width);
            }
        }
        return needed > height + 1 ? lines.size() + " lines need " + Math.round(needed) + " px, more than " + Math.round(height) : null;
    }

    @ParameterizedTest(name = "item 1: every flow node and sequence flow of {0} is drawn")
    @MethodSource("models")
    void item1_everyFlowNodeAndSequenceFlowHasItsShapeOrEdge(String file) throws Exception {
        Model model = new Model(file);
        List<String> problems = new ArrayList<>();
        model.nodes.keySet().stream().filter(id -> !model.shapes.containsKey(id)).forEach(id -> problems.add(id + " has no shape"));
        model.flows.keySet().stream().filter(id -> !model.edges.containsKey(id)).forEach(id -> problems.add(id + " has no edge"));
        for (Element flow : model.flows.values()) {
            String id = flow.getAttribute("id");
            List<Point> points = model.edges.getOrDefault(id, List.of());
            Box source = model.shapes.get(flow.getAttribute("sourceRef"));
            Box target = model.shapes.get(flow.getAttribute("targetRef"));
            if (points.size() < 2) {
                problems.add(id + " has fewer than two waypoints");
            } else if (source == null || target == null) {
                continue;
            } else if (!source.touches(points.get(0))) {
                problems.add(id + " does not start at its source");
            } else if (!target.touches(points.get(points.size() - 1))) {
                problems.add(id + " does not end at its target");
            }
        }
        for (String id : model.nodes.keySet().stream().filter(model.shapes::containsKey).toList()) {
            if (model.type(id).equals("subProcess")) {
                if (!model.isExpandedSubProcess(id)) {
                    problems.add(id + " is not drawn open with its steps inside");
                }
                Box outer = model.shapes.get(id);
                model.containerOf.entrySet().stream()
                        .filter(e -> e.getValue().equals(id) && model.shapes.containsKey(e.getKey()))
                        .filter(e -> {
                            Box box = model.shapes.get(e.getKey());
                            return box.x < outer.x || box.right() > outer.right() || box.y < outer.y || box.bottom() > outer.bottom();
                        })
                        .forEach(e -> problems.add(e.getKey() + " is drawn outside " + id));
            }
            if (model.type(id).equals("boundaryEvent")) {
                Box event = model.shapes.get(id);
                Box host = model.shapes.get(model.nodes.get(id).getAttribute("attachedToRef"));
                boolean onBorder = (Math.abs(event.centreY() - host.bottom()) <= 1 || Math.abs(event.centreY() - host.y) <= 1)
                        && event.centreX() > host.x && event.centreX() < host.right()
                        || (Math.abs(event.centreX() - host.x) <= 1 || Math.abs(event.centreX() - host.right()) <= 1)
                        && event.centreY() > host.y && event.centreY() < host.bottom();
                if (!onBorder) {
                    problems.add("boundary event " + id + " is not on its host's border");
                }
            }
        }
        assertThat(problems).as(file).isEmpty();
    }

    @ParameterizedTest(name = "item 1: {0} reads left to right")
    @MethodSource("models")
    void item1_readsLeftToRight(String file) throws Exception {
        Model model = new Model(file);
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> byContainer = new HashMap<>();
        model.containerOf.forEach((node, container) -> byContainer.computeIfAbsent(container, c -> new ArrayList<>()).add(node));
        for (List<String> nodes : byContainer.values()) {
            for (String start : nodes.stream().filter(n -> model.type(n).equals("startEvent")).toList()) {
                for (String end : nodes.stream().filter(n -> model.type(n).equals("endEvent")).toList()) {
                    if (model.shapes.get(start).right() >= model.shapes.get(end).x) {
                        problems.add("start " + start + " is not left of end " + end);
                    }
                }
            }
        }
        List<String> drawn = model.flows.keySet().stream()
                .filter(id -> model.edges.containsKey(id) && model.edges.get(id).size() >= 2).toList();
        long rightwards = drawn.stream().filter(id -> {
            List<Point> points = model.edges.get(id);
            return points.get(points.size() - 1).x > points.get(0).x;
        }).count();
        if ((double) rightwards / model.flows.size() < RIGHTWARDS_SHARE) {
            problems.add("only " + rightwards + " of " + model.flows.size() + " sequence flows end right of their start");
        }
        for (String id : drawn) {
            List<Point> points = model.edges.get(id);
            if (points.get(points.size() - 1).x < points.get(0).x) {
                problems.add(id + " goes back to the left");
            }
        }
        assertThat(problems).as(file).isEmpty();
    }

    @ParameterizedTest(name = "item 1: the gateways of {0} ask questions, and their flows answer")
    @MethodSource("models")
    void item1_gatewaysAreNamedAsQuestions(String file) throws Exception {
        Model model = new Model(file);
        for (String id : model.nodes.keySet().stream().filter(n -> model.type(n).endsWith("Gateway")).toList()) {
            String name = model.name(id);
            boolean parallel = model.type(id).equals("parallelGateway");
            boolean decides = !parallel && model.outgoing(id).size() > 1;
            boolean waits = !model.type(id).equals("exclusiveGateway") && model.incoming(id).size() > 1;
            if (decides || waits) {
                assertThat(name).as(file + ": gateway " + id + " names its question").isNotEmpty();
            }
            if (!name.isEmpty()) {
                assertThat(name).as(file + ": gateway " + id + " is a question").endsWith("?");
            }
            if (decides) {
                for (Element flow : model.outgoing(id)) {
                    assertThat(flow.getAttribute("name").strip()).as(file + ": answer on " + flow.getAttribute("id") + " from " + id)
                            .isNotEmpty();
                }
            }
        }
    }

    @ParameterizedTest(name = "item 1: the names in {0} fit their shapes and labels, and no label covers another or a shape")
    @MethodSource("models")
    void item1_labelsFit(String file) throws Exception {
        Model model = new Model(file);
        List<String> problems = new ArrayList<>();
        for (String id : model.nodes.keySet()) {
            String name = model.name(id);
            if (name.isEmpty() || !model.shapes.containsKey(id)) {
                continue;
            }
            Box shape = model.shapes.get(id);
            String type = model.type(id);
            String misfit;
            if (ACTIVITIES.contains(type) || type.equals("subProcess") && !model.isExpandedSubProcess(id)) {
                misfit = misfit(name, shape.width - 2 * TASK_PADDING, shape.height - 2 * TASK_PADDING, TASK_FONT);
            } else if (type.equals("subProcess")) {
                misfit = misfit(name, shape.width - 2 * TASK_PADDING, TASK_FONT * LINE_HEIGHT, TASK_FONT);
            } else if (!model.labels.containsKey(id)) {
                misfit = "no label bounds";
            } else {
                Box label = model.labels.get(id);
                misfit = misfit(name, label.width, label.height, LABEL_FONT);
            }
            if (misfit != null) {
                problems.add(id + " '" + name + "': " + misfit);
            }
        }
        for (String id : model.flows.keySet()) {
            String name = model.name(id);
            if (!name.isEmpty()) {
                Box label = model.labels.get(id);
                String misfit = label == null ? "no label bounds" : misfit(name, label.width, label.height, LABEL_FONT);
                if (misfit != null) {
                    problems.add(id + " '" + name + "': " + misfit);
                }
            }
        }
        List<String> labelled = new ArrayList<>(model.labels.keySet());
        for (int i = 0; i < labelled.size(); i++) {
            Box label = model.labels.get(labelled.get(i));
            for (int j = i + 1; j < labelled.size(); j++) {
                if (label.overlaps(model.labels.get(labelled.get(j)))) {
                    problems.add("the labels of " + labelled.get(i) + " and " + labelled.get(j) + " overlap");
                }
            }
            for (String node : model.shapes.keySet().stream().filter(model.nodes::containsKey).toList()) {
                if (!node.equals(labelled.get(i)) && !model.isExpandedSubProcess(node) && label.overlaps(model.shapes.get(node))) {
                    problems.add("the label of " + labelled.get(i) + " covers " + node);
                }
            }
        }
        assertThat(problems).as(file).isEmpty();
    }
}
