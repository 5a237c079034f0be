package org.safecase.evidence;

/**
 * A file refused by one of the upload checks, as a message key and its arguments; the boundary
 * that asked turns it into a problem on its own form field.
 */
final class RefusedFile extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Object[] arguments;

    RefusedFile(String key, Object... arguments) {
        super(key, null, false, false);
        this.arguments = arguments;
    }

    String key() {
        return getMessage();
    }

    Object[] arguments() {
        return arguments;
    }
}
