package org.safecase.platform;

/**
 * A SQL {@code LIKE} pattern for text found anywhere in a column, the escape character being
 * {@code !} (written {@code ESCAPE '!'}, which MariaDB reads the same in every SQL mode): a
 * person's {@code %}, {@code _} and {@code !} are taken literally, never as wildcards.
 */
public final class LikePattern {
    private LikePattern() {
    }

    public static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
