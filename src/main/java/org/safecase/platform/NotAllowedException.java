package org.safecase.platform;

/** The caller may see the thing but not do this to it (e.g. a staff member triaging). */
public class NotAllowedException extends LocalizedException {
    public NotAllowedException(String key, Object... arguments) {
        super(key, arguments);
    }
}
