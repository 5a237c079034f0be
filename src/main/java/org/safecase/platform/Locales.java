package org.safecase.platform;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.ApplicationFactory;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a request is answered in: the person's stored choice if it is supported, else
 * the first of their browser's languages (Accept-Language) that is, else en-GB. The supported
 * languages are faces-config.xml's; the pseudo-locale en-XA (every text wrapped in ⟦…⟧, which
 * shows any text not taken from a bundle) is supported only when the test deployment sets
 * {@code safecase.i18n.pseudoLocale=true}, never in production.
 */
public final class Locales {
    public static final Locale DEFAULT = Locale.UK;
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");
    public static final String PSEUDO_SWITCH = "safecase.i18n.pseudoLocale";
    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private Locales() {
    }

    /** The locale of the request this thread is answering; en-GB outside a request (jobs, timers). */
    public static Locale current() {
        Locale locale = CURRENT.get();
        return locale == null ? DEFAULT : locale;
    }

    /** Set for the length of one request by the request filter, and always cleared after it. */
    public static void answerIn(Locale locale) {
        if (locale == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(locale);
        }
    }

    /** The languages a person may choose, en-GB first (faces-config.xml's, plus the pseudo-locale in tests). */
    public static List<Locale> supported() {
        List<Locale> locales = new ArrayList<>();
        locales.add(DEFAULT);
        try {
            var application = ((ApplicationFactory) FactoryFinder.getFactory(FactoryFinder.APPLICATION_FACTORY))
                    .getApplication();
            if (application.getDefaultLocale() != null && !locales.contains(application.getDefaultLocale())) {
                locales.add(application.getDefaultLocale());
            }
            for (Iterator<Locale> it = application.getSupportedLocales(); it.hasNext(); ) {
                Locale locale = it.next();
                if (!locales.contains(locale)) {
                    locales.add(locale);
                }
            }
        } catch (RuntimeException | LinkageError noFaces) {
            // outside a running web application (unit tests): en-GB only
        }
        if (pseudoLocaleOn() && !locales.contains(PSEUDO)) {
            locales.add(PSEUDO);
        }
        return List.copyOf(locales);
    }

    static boolean pseudoLocaleOn() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(PSEUDO_SWITCH, Boolean.class).orElse(false);
        } catch (RuntimeException | LinkageError noConfig) {
            return false;
        }
    }

    /** The stored choice if supported, else the browser's first supported language, else en-GB. */
    public static Locale resolve(String storedChoice, List<Locale> browser) {
        return resolve(storedChoice, browser, supported());
    }

    static Locale resolve(String storedChoice, List<Locale> browser, List<Locale> supported) {
        Optional<Locale> stored = Optional.ofNullable(storedChoice).filter(s -> !s.isBlank())
                .map(Locale::forLanguageTag).filter(supported::contains);
        if (stored.isPresent()) {
            return stored.get();
        }
        for (Locale wanted : browser) {
            if (supported.contains(wanted)) {
                return wanted;
            }
            for (Locale candidate : supported) {
                if (!candidate.equals(PSEUDO) && candidate.getLanguage().equals(wanted.getLanguage())) {
                    return candidate;
                }
            }
        }
        return DEFAULT;
    }
}
