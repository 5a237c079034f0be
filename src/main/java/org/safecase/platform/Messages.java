package org.safecase.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * UI and error wording from the one resource bundle ({@code messages.properties} and its
 * translations), in the locale of the request being answered ({@link Locales#current()}: the
 * person's stored choice, else their browser's, else en-GB), or in a locale given (e-mails go in
 * the recipient's). An argument that is itself a {@link Phrase} is worded in the same locale.
 */
@ApplicationScoped
public class Messages {
    public static final String BUNDLE = "org.safecase.platform.messages";
    private static final ResourceBundle.Control NO_FALLBACK_TO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The wording of a key, if the bundle has it (for values whose wording is optional, such as choices). */
    public Optional<String> find(String key) {
        return find(Locales.current(), key);
    }

    public String get(String key, Object... arguments) {
        return text(Locales.current(), key, arguments);
    }

    public String get(Locale locale, String key, Object... arguments) {
        return text(locale, key, arguments);
    }

    public static Optional<String> find(Locale locale, String key) {
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /** A key's wording in a locale, its {@link MessageFormat} placeholders filled in. */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = bundle(locale).getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] worded = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            worded[i] = arguments[i] instanceof Phrase phrase ? phrase.in(locale) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(worded);
    }

    static String text(Locale locale, String key, List<Object> arguments) {
        return text(locale, key, arguments.toArray());
    }

    /** Wording in the current request's locale, for the boundaries (pages, REST answers). */
    public static String text(String key, Object... arguments) {
        return text(Locales.current(), key, arguments);
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK_TO_SERVER_LOCALE);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locales.DEFAULT, Messages.class.getClassLoader(), NO_FALLBACK_TO_SERVER_LOCALE);
        }
    }
}
