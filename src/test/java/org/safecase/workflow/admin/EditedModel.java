package org.safecase.workflow.admin;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shipped model from {@code bpmn/}, changed in a test by element id (never by name or by its
 * text's layout, which another change may tidy), then written out again.
 */
final class EditedModel {
    static final String FLOWABLE = "http://flowable.org/bpmn";
    private final Document document;

    private EditedModel(Document document) {
        this.document = document;
    }

    static EditedModel of(String fileName) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new EditedModel(factory.newDocumentBuilder().parse(Files.newInputStream(Path.of("bpmn", fileName))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] shipped(String fileName) {
        try {
            return Files.readAllBytes(Path.of("bpmn", fileName));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The element with this id (in the model's own namespace: BPMN or DMN). */
    Element element(String id) {
        List<Element> found = all().stream().filter(e -> id.equals(e.getAttribute("id"))).toList();
        assertThat(found).as("element " + id).hasSize(1);
        return found.get(0);
    }

    /** The child elements of an element, at any depth, with this local name. */
    static List<Element> within(Element element, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = element.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** The form field with this id inside a step. */
    Element field(String stepId, String fieldId) {
        return within(element(stepId), "formProperty").stream().filter(f -> fieldId.equals(f.getAttribute("id")))
                .findFirst().orElseThrow();
    }

    EditedModel set(String id, String attribute, String value) {
        element(id).setAttribute(attribute, value);
        return this;
    }

    EditedModel setFlowable(Element element, String attribute, String value) {
        element.setAttributeNS(FLOWABLE, "flowable:" + attribute, value);
        return this;
    }

    EditedModel remove(Element element) {
        element.getParentNode().removeChild(element);
        return this;
    }

    /** Gives an element another id, and every reference to it (flows, boundary events, the diagram). */
    EditedModel renameId(String id, String newId) {
        for (Element element : all()) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                if (id.equals(attribute.getNodeValue())) {
                    attribute.setNodeValue(newId);
                }
            }
        }
        return this;
    }

    /** Changes an element's kind (a parallel gateway into an exclusive one...), keeping its attributes and children. */
    EditedModel retype(String id, String localName) {
        Element element = element(id);
        document.renameNode(element, element.getNamespaceURI(), localName);
        return this;
    }

    EditedModel condition(String flowId, String expression) {
        within(element(flowId), "conditionExpression").get(0).setTextContent(expression);
        return this;
    }

    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Element> all() {
        return within(document.getDocumentElement(), "*");
    }
}
