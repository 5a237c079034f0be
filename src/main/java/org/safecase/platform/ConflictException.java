package org.safecase.platform;

/** The request is valid but the state does not allow it now (e.g. task claimed by someone else). */
public class ConflictException extends LocalizedException {
    public ConflictException(String key, Object... arguments) {
        super(key, arguments);
    }
}
