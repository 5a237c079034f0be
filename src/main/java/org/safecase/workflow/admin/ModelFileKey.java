package org.safecase.workflow.admin;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * Item 10: which model an imported file is: the id of its first {@code process} (BPMN) or
 * {@code decision} (DMN) element. Read with DTDs and external entities off.
 */
final class ModelFileKey {
    private ModelFileKey() {
    }

    static Optional<String> of(byte[] file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(file));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT
                            && ("process".equals(reader.getLocalName()) || "decision".equals(reader.getLocalName()))) {
                        return Optional.ofNullable(reader.getAttributeValue(null, "id"));
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
