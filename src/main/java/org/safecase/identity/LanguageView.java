package org.safecase.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.safecase.platform.Locales;
import org.safecase.platform.Messages;
import org.safecase.platform.PageMessages;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Backs the language switch in every page's header ({@code WEB-INF/includes/language.xhtml}):
 * the supported languages, each named from the bundle, and the signed-in person's choice, stored
 * and applied from the next page on.
 */
@Named
@RequestScoped
public class LanguageView {
    @Inject
    LanguageChoices choices;
    @Inject
    CurrentCaller caller;
    @Inject
    FacesContext faces;
    @Inject
    Messages messages;

    private String chosen;
    private String back;

    /** A language a person can choose: its tag and its name. */
    public record Choice(String tag, String label) {
    }

    public List<Choice> getChoices() {
        return Locales.supported().stream().map(l -> new Choice(l.toLanguageTag(),
                messages.find("language." + l.toLanguageTag()).orElse(l.getDisplayName(l)))).toList();
    }

    public String getChosen() {
        return chosen == null ? Locales.current().toLanguageTag() : chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    /** Where to come back to after choosing: the page being shown, with its query. */
    public String getBack() {
        if (back != null) {
            return back;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    public void setBack(String back) {
        this.back = back;
    }

    public void change() throws IOException {
        Locale locale;
        try {
            locale = choices.choose(caller.get(), chosen);
        } catch (org.safecase.platform.InvalidInputException refused) {
            faces.addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, refused.problems().get(0).message(), null));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.getSession().setAttribute(LanguageFilter.SESSION_CHOICE,
                request.getUserPrincipal().getName() + "|" + locale.toLanguageTag());
        Locales.answerIn(locale);
        PageMessages.infoAfterRedirect(Messages.text(locale, "language.changed", Messages.find(locale,
                "language." + locale.toLanguageTag()).orElse(locale.getDisplayName(locale))));
        external.redirect(safeBack(external.getRequestContextPath()));
    }

    /** Only a path inside the application: anything else would be an open redirect. */
    String safeBack(String contextPath) {
        String target = back;
        if (target == null || !target.startsWith(contextPath + "/") || target.startsWith("//") || target.contains("\\")
                || target.contains("\r") || target.contains("\n")) {
            return contextPath + "/index.xhtml";
        }
        return target;
    }
}
