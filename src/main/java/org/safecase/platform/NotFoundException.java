package org.safecase.platform;

/**
 * The thing asked for does not exist <em>or the caller may not see it</em>: the two are
 * deliberately indistinguishable so that nothing about another school's cases leaks.
 * The key names the thing ({@code notFound.case} says "Case not found").
 */
public class NotFoundException extends LocalizedException {
    public NotFoundException(String key, Object... arguments) {
        super(key, arguments);
    }
}
