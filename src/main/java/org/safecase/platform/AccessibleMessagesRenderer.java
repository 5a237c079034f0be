package org.safecase.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;
import java.util.List;

/**
 * PrimeFaces' {@code p:messages} with the list a list again (issue #11, WCAG 1.3.1): PrimeFaces
 * gives every {@code <li>} the role {@code alert}, so a screen reader no longer finds a list
 * (axe-core's rule {@code list}) and several messages make several alerts. Here the block of
 * each severity carries the role once ({@code alert} for errors, {@code status} otherwise) and
 * its items stay plain list items. Registered for every page in {@code faces-config.xml}.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {
    @Override
    protected void encodeMessages(FacesContext context, Messages component, String severity, List<FacesMessage> messages)
            throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        String styleClassPrefix = Messages.SEVERITY_PREFIX_CLASS + severity;
        writer.startElement("div", null);
        writer.writeAttribute("class", styleClassPrefix, null);
        writer.writeAttribute("role", "error".equals(severity) || "fatal".equals(severity) ? "alert" : "status", null);
        if (component.isClosable()) {
            encodeCloseIcon(context, component);
        }
        if (component.isShowIcon()) {
            writer.startElement("span", null);
            writer.writeAttribute("class", styleClassPrefix + "-icon", null);
            writer.writeAttribute("aria-hidden", "true", null);
            writer.endElement("span");
        }
        writer.startElement("ul", null);
        for (FacesMessage message : messages) {
            encodeMessage(writer, component, message, styleClassPrefix, component.isEscape());
            message.rendered();
        }
        writer.endElement("ul");
        writer.endElement("div");
    }

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages component, FacesMessage message, String styleClassPrefix,
                                 boolean escape) throws IOException {
        writer.startElement("li", null);
        String summary = message.getSummary() != null ? message.getSummary() : "";
        String detail = message.getDetail() != null ? message.getDetail() : summary;
        if (component.isSkipDetailIfEqualsSummary() && summary.equals(detail)) {
            detail = "";
        }
        if (component.isShowSummary()) {
            text(writer, styleClassPrefix + "-summary", summary, escape);
        }
        if (component.isShowDetail()) {
            text(writer, styleClassPrefix + "-detail", detail, escape);
        }
        writer.endElement("li");
    }

    private static void text(ResponseWriter writer, String styleClass, String text, boolean escape) throws IOException {
        writer.startElement("span", null);
        writer.writeAttribute("class", styleClass, null);
        if (escape) {
            writer.writeText(text, null);
        } else {
            writer.write(text);
        }
        writer.endElement("span");
    }
}
