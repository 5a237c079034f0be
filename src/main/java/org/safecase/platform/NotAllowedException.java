package org.safecase.platform;

/** The caller may see the thing but not do this to it (e.g. a staff member triaging). */
public class NotAllowedException extends RuntimeException {
    public NotAllowedException(String message) {
        super(message);
    }
}
