package org.safecase.platform;

/** The request is valid but the state does not allow it now (e.g. task claimed by someone else). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
