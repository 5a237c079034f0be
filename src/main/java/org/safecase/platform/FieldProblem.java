package org.safecase.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One input field that was refused, and why: a bundle key ({@code problem.*}) and its arguments,
 * worded in the reader's language where it is shown.
 */
public record FieldProblem(String field, String key, List<Object> arguments) {
    public FieldProblem {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public FieldProblem(String field, String key, Object... arguments) {
        this(field, key, Arrays.asList(arguments));
    }

    public FieldProblem(String field, Phrase why) {
        this(field, why.key(), why.arguments());
    }

    public Phrase why() {
        return new Phrase(key, arguments);
    }

    /** The problem in the locale of the request being answered (en-GB outside a request). */
    public String message() {
        return message(Locales.current());
    }

    public String message(Locale locale) {
        return Messages.text(locale, key, arguments);
    }
}
