package org.safecase.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** UI and error wording from the one resource bundle ({@code messages.properties}). */
@ApplicationScoped
public class Messages {
    public static final String BUNDLE = "org.safecase.platform.messages";

    public String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.UK).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments);
    }
}
