package org.safecase.identity;

import java.util.regex.Pattern;

/**
 * What counts as an e-mail address where a person types one for an account: one {@code @}, no
 * spaces, a dot in the domain, at most {@value #MAX} characters. Delivery is what proves it.
 */
final class EmailAddresses {
    static final int MAX = 100;
    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private EmailAddresses() {
    }

    static boolean plausible(String address) {
        return address != null && address.length() <= MAX && PLAUSIBLE.matcher(address).matches();
    }
}
