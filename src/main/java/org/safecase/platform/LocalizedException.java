package org.safecase.platform;

import java.util.Locale;

/**
 * A refusal that carries a bundle key and arguments, not a sentence. {@link #getMessage()} is
 * the en-GB wording (for logs); {@link #getLocalizedMessage()} the wording in the locale of the
 * request being answered, which the boundaries show.
 */
public abstract class LocalizedException extends RuntimeException {
    private final transient Phrase phrase;

    protected LocalizedException(String key, Object... arguments) {
        super(key);
        this.phrase = Phrase.of(key, arguments);
    }

    public Phrase phrase() {
        return phrase;
    }

    @Override
    public String getMessage() {
        return phrase.in(Locales.DEFAULT);
    }

    @Override
    public String getLocalizedMessage() {
        return phrase.text();
    }

    public String getMessage(Locale locale) {
        return phrase.in(locale);
    }
}
