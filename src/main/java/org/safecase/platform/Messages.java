package org.safecase.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** UI and error wording from the one resource bundle ({@code messages.properties}). */
@ApplicationScoped
public class Messages {
    public static final String BUNDLE = "org.safecase.platform.messages";

    /** The wording of a key, if the bundle has it (for values whose wording is optional, such as choices). */
    public java.util.Optional<String> find(String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.UK);
        return bundle.containsKey(key) ? java.util.Optional.of(bundle.getString(key)) : java.util.Optional.empty();
    }

    public String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.UK).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments);
    }
}
