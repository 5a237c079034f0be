package org.safecase.platform;

/**
 * The thing asked for does not exist <em>or the caller may not see it</em>: the two are
 * deliberately indistinguishable so that nothing about another school's cases leaks.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
