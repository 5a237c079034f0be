package org.safecase.workflow.admin;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every expression written anywhere in a process model's XML, found by reading the file itself
 * rather than the engine's model objects, so an attribute the checks never heard of is still
 * checked. Skipped: documentation and text annotations (words for people), the diagram layout,
 * fixed field values ({@code flowable:string}) and the names of form fields and choices, which
 * the engine shows as they are.
 */
final class ModelExpressions {
    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Set<String> EXTENSIONS = Set.of("http://flowable.org/bpmn", "http://activiti.org/bpmn");
    private static final Set<String> WORDS = Set.of("documentation", "textAnnotation", "text", "string", "script");
    private static final String DIAGRAMS = "http://www.omg.org/spec/BPMN/20100524/DI";

    private ModelExpressions() {
    }

    /**
     * @param isElement whether an id is one of the model's flow elements (or its process), so an
     *                  expression belongs to the nearest element that has one
     */
    static List<ExpressionSite> in(byte[] xml, Predicate<String> isElement) {
        List<ExpressionSite> sites = new ArrayList<>();
        visit(parse(xml).getDocumentElement(), null, false, isElement, sites);
        return sites;
    }

    private static void visit(Element element, String owner, boolean inTaskListener, Predicate<String> isElement,
                              List<ExpressionSite> sites) {
        if (DIAGRAMS.equals(element.getNamespaceURI()) || WORDS.contains(element.getLocalName())) {
            return;
        }
        String id = BPMN.equals(element.getNamespaceURI()) ? element.getAttribute("id") : "";
        String here = !id.isEmpty() && isElement.test(id) ? id : owner;
        boolean listener = inTaskListener || ("taskListener".equals(element.getLocalName())
                && EXTENSIONS.contains(element.getNamespaceURI()));
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            boolean shownAsWritten = "name".equals(attribute.getLocalName()) && EXTENSIONS.contains(element.getNamespaceURI());
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI()) && !shownAsWritten
                    && ExpressionReading.isExpression(attribute.getValue())) {
                sites.add(new ExpressionSite(here, attribute.getLocalName(), attribute.getValue().strip(), listener));
            }
        }
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                visit(nested, here, listener, isElement, sites);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        if (ExpressionReading.isExpression(text.toString())) {
            sites.add(new ExpressionSite(here, element.getLocalName(), text.toString().strip(), listener));
        }
    }

    /** Parsed with no document type and no outside entities: an admin's file is not trusted to point anywhere. */
    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Not a readable model: " + e.getMessage(), e);
        }
    }
}
