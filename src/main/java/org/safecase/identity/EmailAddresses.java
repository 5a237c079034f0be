package org.safecase.identity;

/**
 * What counts as an e-mail address where one is typed for an account, by hand or in an import:
 * one {@code @} with something before it, no spaces or control characters, a dot inside the
 * domain, at most {@value #MAX} characters (it is also the new user's user name). Delivery is
 * what proves it.
 */
final class EmailAddresses {
    static final int MAX = 100;

    private EmailAddresses() {
    }

    static boolean plausible(String email) {
        if (email == null) {
            return false;
        }
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || email.codePointCount(0, email.length()) > MAX
                || email.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                        || Character.isISOControl(c))) {
            return false;
        }
        String domain = email.substring(at + 1);
        return domain.indexOf('.') > 0 && !domain.endsWith(".") && !domain.contains("..");
    }
}
