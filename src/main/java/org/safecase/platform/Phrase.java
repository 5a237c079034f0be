package org.safecase.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Something to say to a person, as a bundle key and its arguments rather than a sentence, so
 * that it is worded in the reader's language where it is shown (a page, a REST answer, an
 * e-mail). Arguments are data (numbers, dates, names), or phrases worded in the same language.
 */
public record Phrase(String key, List<Object> arguments) {
    public Phrase {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(key, Arrays.asList(arguments));
    }

    public String in(Locale locale) {
        return Messages.text(locale, key, arguments);
    }

    /** In the locale of the request being answered. */
    public String text() {
        return in(Locales.current());
    }
}
