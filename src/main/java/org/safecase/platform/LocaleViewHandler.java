package org.safecase.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Every page is rendered in the request's language as decided once for the request
 * ({@link Locales#current()}: the stored choice, else the browser's, else en-GB), so the page's
 * bundle ({@code msg}), PrimeFaces' own texts, the {@code <html lang>} and the Java-side
 * wording agree.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {
    public LocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return Locales.current();
    }
}
