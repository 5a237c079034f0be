package org.safecase.workflow.admin;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The elements of a process model or decision table a person would name, read from its file
 * (issue #14 item 3), each with its own properties flattened to words-ready text, so two versions
 * can be compared ({@link ModelChanges}) and a problem can name its element.
 * <p>
 * An element is a step, event, gateway, flow, lane or the process itself (BPMN), or a decision,
 * an input or output column or a rule (DMN): anything with an id directly inside a container.
 * What is nested deeper (documentation, conditions, timers, form fields, listeners, table cells)
 * is a property of its element. The diagram's layout (BPMNDI, DMNDI) and the {@code incoming} /
 * {@code outgoing} references the editor writes are not compared: they change when a box moves,
 * not when the model does. XML comments are not kept by the editor either, so they are not compared.
 */
final class ModelElements {
    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String FLOWABLE = "http://flowable.org/bpmn";
    private static final Set<String> BPMN_CONTAINERS = Set.of("definitions", "process", "subProcess", "transaction",
            "adHocSubProcess", "laneSet", "collaboration");
    private static final Set<String> DMN_CONTAINERS = Set.of("definitions", "decision", "decisionTable");
    private static final Set<String> DERIVED = Set.of("incoming", "outgoing");
    /**
     * The BPMN and DMN attributes that have a default, with it: the editor leaves out an attribute
     * written with its default value ({@code cancelActivity="true"}), which changes nothing.
     */
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("behavior", "All"), Map.entry("cancelActivity", "true"), Map.entry("cancelRemainingInstances", "true"),
            Map.entry("completionQuantity", "1"), Map.entry("eventGatewayType", "Exclusive"),
            Map.entry("gatewayDirection", "Unspecified"), Map.entry("instantiate", "false"),
            Map.entry("isCollection", "false"), Map.entry("isForCompensation", "false"), Map.entry("isInterrupting", "true"),
            Map.entry("isSequential", "false"), Map.entry("loopType", "None"), Map.entry("parallelMultiple", "false"),
            Map.entry("startQuantity", "1"), Map.entry("testBefore", "false"), Map.entry("textFormat", "text/plain"),
            Map.entry("triggeredByEvent", "false"), Map.entry("waitForCompletion", "true"), Map.entry("hitPolicy", "UNIQUE"));

    /** What a property is; the page words it ({@code models.change.property.<property>}) with its argument. */
    record Property(String property, String argument) {
    }

    /** One element: its id, its kind ({@code userTask}, {@code rule}...), its name (may be null) and properties. */
    record Item(String id, String type, String name, Map<Property, String> properties) {
    }

    private ModelElements() {
    }

    /** The elements of a file in document order, by id. */
    static Map<String, Item> of(String xml) {
        Element root = parse(xml).getDocumentElement();
        boolean decision = root.getNamespaceURI() != null && root.getNamespaceURI().contains("/DMN/");
        Map<String, Item> items = new LinkedHashMap<>();
        collect(root, decision, items);
        return items;
    }

    private static void collect(Element container, boolean decision, Map<String, Item> items) {
        Set<String> containers = decision ? DMN_CONTAINERS : BPMN_CONTAINERS;
        int rule = 0;
        for (Element child : children(container)) {
            if (isDiagram(child)) {
                continue;
            }
            String id = child.getAttribute("id");
            if (!id.isEmpty() && !items.containsKey(id)) {
                String type = child.getLocalName();
                String name = nameOf(child, type.equals("rule") ? ++rule : 0);
                items.put(id, new Item(id, type, name, propertiesOf(child, decision, containers)));
            }
            if (containers.contains(child.getLocalName())) {
                collect(child, decision, items);
            }
        }
    }

    private static String nameOf(Element element, int rulePosition) {
        if (rulePosition > 0) {
            return String.valueOf(rulePosition);
        }
        for (String attribute : List.of("label", "name")) {
            if (!element.getAttribute(attribute).isBlank()) {
                return element.getAttribute(attribute).strip();
            }
        }
        return null;
    }

    private static Map<Property, String> propertiesOf(Element element, boolean decision, Set<String> containers) {
        Map<Property, String> properties = new LinkedHashMap<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attributeName(attribute);
            if (name == null || name.equals("id") || isDefault(name, attribute.getNodeValue())) {
                continue;
            }
            Property property = name.equals("name") || name.equals("label") ? new Property(name, null) : new Property("attribute", name);
            properties.put(property, normalise(attribute.getNodeValue()));
        }
        List<String> inputs = decision && element.getLocalName().equals("rule") ? columns(element, "input") : List.of();
        List<String> outputs = decision && element.getLocalName().equals("rule") ? columns(element, "output") : List.of();
        int input = 0;
        int output = 0;
        for (Element child : children(element)) {
            String local = child.getLocalName();
            boolean tracked = !child.getAttribute("id").isEmpty() && containers.contains(element.getLocalName());
            if (tracked || DERIVED.contains(local) || isDiagram(child)) {
                continue;
            }
            switch (local) {
                case "extensionElements" -> children(child).forEach(extension -> add(properties, extensionProperty(extension), describe(extension)));
                case "inputEntry" -> add(properties, new Property("inputEntry", column(inputs, input++)), describe(child));
                case "outputEntry" -> add(properties, new Property("outputEntry", column(outputs, output++)), describe(child));
                case "timerEventDefinition", "conditionExpression", "documentation", "description", "inputExpression",
                     "multiInstanceLoopCharacteristics", "annotationEntry" -> add(properties, new Property(local, null), describe(child));
                default -> add(properties, new Property("other", local), describe(child));
            }
        }
        return properties;
    }

    private static Property extensionProperty(Element extension) {
        String local = extension.getLocalName();
        return switch (local) {
            case "formProperty" -> new Property("formField", extension.getAttribute("id"));
            case "executionListener", "taskListener" -> new Property("listener", extension.getAttribute("event"));
            case "in", "out" -> new Property("variable" + (local.equals("in") ? "In" : "Out"),
                    extension.getAttribute("target").isEmpty() ? extension.getAttribute("targetExpression") : extension.getAttribute("target"));
            default -> new Property("extension", local);
        };
    }

    /** The labels (or names) of a rule's table's input or output columns, in order. */
    private static List<String> columns(Element rule, String kind) {
        List<String> labels = new ArrayList<>();
        if (rule.getParentNode() instanceof Element table) {
            for (Element column : children(table)) {
                if (column.getLocalName().equals(kind)) {
                    String label = column.getAttribute("label").isBlank() ? column.getAttribute("name") : column.getAttribute("label");
                    labels.add(label.isBlank() ? column.getAttribute("id") : label.strip());
                }
            }
        }
        return labels;
    }

    private static String column(List<String> labels, int index) {
        return index < labels.size() ? labels.get(index) : String.valueOf(index + 1);
    }

    private static void add(Map<Property, String> properties, Property property, String value) {
        properties.merge(property, value, (a, b) -> a + "; " + b);
    }

    /**
     * An element's content as one line: its text, or its attributes and children. A form field reads
     * {@code How serious is it? (enum, required: LOW = Low, HIGH = High)}.
     */
    static String describe(Element element) {
        if (element.getLocalName().equals("formProperty")) {
            List<String> facts = new ArrayList<>();
            facts.add(element.getAttribute("type").isEmpty() ? "string" : element.getAttribute("type"));
            if ("true".equals(element.getAttribute("required"))) {
                facts.add("required");
            }
            List<String> choices = children(element).stream()
                    .map(value -> value.getAttribute("id") + " = " + value.getAttribute("name")).toList();
            String name = element.getAttribute("name");
            return (name.isEmpty() ? "" : name + " ") + "(" + String.join(", ", facts)
                    + (choices.isEmpty() ? "" : ": " + String.join(", ", choices)) + ")";
        }
        List<String> parts = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributeName(attributes.item(i));
            if (name != null && !name.equals("id") && !name.equals("xsi:type") && !isDefault(name, attributes.item(i).getNodeValue())) {
                parts.add(name + "=" + normalise(attributes.item(i).getNodeValue()));
            }
        }
        List<Element> children = children(element);
        if (children.isEmpty()) {
            String text = normalise(element.getTextContent());
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        for (Element child : children) {
            String inner = describe(child);
            parts.add(child.getLocalName().equals("text") ? inner : child.getLocalName() + " " + inner);
        }
        return String.join(" ", parts);
    }

    /** An attribute as written in the model's usual prefixes ({@code flowable:dueDate}); null for a namespace declaration. */
    private static String attributeName(Node attribute) {
        String namespace = attribute.getNamespaceURI();
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
            return null;
        }
        String local = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
        if (namespace == null || namespace.isEmpty()) {
            return local;
        }
        if (FLOWABLE.equals(namespace)) {
            return "flowable:" + local;
        }
        if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(namespace)) {
            return "xsi:" + local;
        }
        return local;
    }

    private static boolean isDefault(String attribute, String value) {
        return value != null && value.strip().equalsIgnoreCase(DEFAULTS.get(attribute));
    }

    private static boolean isDiagram(Element element) {
        String namespace = element.getNamespaceURI();
        return namespace != null && (namespace.endsWith("/DI") || namespace.endsWith("/DC") || namespace.contains("/DMNDI/")
                || namespace.endsWith("/DI/") || namespace.endsWith("/DC/"));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** Parses without DTDs or outside entities: the file comes from a browser. */
    private static Document parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new IllegalArgumentException("No model file");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Not a readable model file", e);
        }
    }
}
