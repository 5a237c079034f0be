package org.safecase.oversight.patterns;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Brings what a report names to one normal form, so that the same account, web address or phone
 * number written in different ways by two schools gives the same key (issue #15 item 4):
 * <ul>
 *   <li>an account: lower case, without a leading {@code @} and surrounding or repeated spaces
 *       ({@code "@Troll_99 "} and {@code "troll_99"} are one);</li>
 *   <li>a web address: host and path only, lower case, without scheme, user, port, {@code www.} or
 *       {@code m.}, fragment, trailing slash, or tracking parameters ({@code utm_*}, {@code fbclid},
 *       {@code igshid}, {@code si}...); parameters that name the material ({@code ?v=} of a video) stay,
 *       sorted;</li>
 *   <li>a phone number: E.164; a UK number written nationally ({@code 07700 900123}), with
 *       {@code 0044} or {@code 44} becomes {@code +447700900123}; fewer than 7 digits is not a number.</li>
 * </ul>
 * Something that is plainly a web address where an account was asked for (a scheme, {@code www.}, or a
 * host with a path: {@code instagram.com/troll}) is keyed as the web address it is; {@code john.smith}
 * stays an account.
 */
public final class Identifiers {
    private static final Set<String> NOISE = Set.of("fbclid", "gclid", "igshid", "igsh", "si", "ref", "ref_src",
            "ref_url", "s", "t", "feature", "mibextid", "share", "shared", "from", "source", "_r", "hl", "lang");

    private Identifiers() {
    }

    /** The identifiers an account field names: the account, or the web address it is. */
    public static Optional<Identifier> account(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (looksLikeWebAddress(text.strip())) {
            return webAddress(text);
        }
        String handle = text.strip().replaceFirst("^@+", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return handle.isEmpty() ? Optional.empty() : Optional.of(new Identifier(IdentifierKind.ACCOUNT, handle));
    }

    /** A web address as host and path (and the parameters that name the material). */
    public static Optional<Identifier> webAddress(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String address = text.strip();
        if (!address.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            address = "http://" + address.replaceFirst("^/+", "");
        }
        URI uri;
        try {
            uri = new URI(address.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host == null || !host.contains(".")) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "").replaceFirst("^(www\\d?|m|mobile)\\.", "");
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/{2,}", "/").replaceFirst("/+$", "");
        StringBuilder normal = new StringBuilder(host).append(path.toLowerCase(Locale.ROOT));
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!parameter.isEmpty() && !name.startsWith("utm_") && !NOISE.contains(name)) {
                    kept.add(parameter.toLowerCase(Locale.ROOT));
                }
            }
        }
        kept.sort(null);
        if (!kept.isEmpty()) {
            normal.append('?').append(String.join("&", kept));
        }
        return Optional.of(new Identifier(IdentifierKind.WEB_ADDRESS, normal.toString()));
    }

    /** A phone number in E.164; a national UK number gets +44. */
    public static Optional<Identifier> phone(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String stripped = text.strip();
        boolean international = stripped.startsWith("+");
        String digits = stripped.replaceAll("\\(0\\)", "").replaceAll("[^0-9]", "");
        String e164;
        if (international) {
            e164 = "+" + digits;
        } else if (digits.startsWith("00")) {
            e164 = "+" + digits.substring(2);
        } else if (digits.startsWith("44") && digits.length() >= 12) {
            e164 = "+" + digits;
        } else if (digits.startsWith("0")) {
            e164 = "+44" + digits.substring(1);
        } else {
            e164 = "+44" + digits;
        }
        if (e164.startsWith("+440")) {
            e164 = "+44" + e164.substring(4);
        }
        int count = e164.length() - 1;
        return count < 7 || count > 15 ? Optional.empty() : Optional.of(new Identifier(IdentifierKind.PHONE, e164));
    }

    /**
     * A perpetrator's name is keyed only when it is an identifier: a handle ({@code @...}), a web
     * address, or a phone number; a person's name is not matched across schools.
     */
    public static Optional<Identifier> perpetrator(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (stripped.startsWith("@")) {
            return account(stripped);
        }
        if (looksLikeWebAddress(stripped)) {
            return webAddress(stripped);
        }
        if (stripped.matches("\\+?[0-9 ()\\-]{7,24}")) {
            return phone(stripped);
        }
        return Optional.empty();
    }

    private static boolean looksLikeWebAddress(String text) {
        return text.matches("(?i)^[a-z][a-z0-9+.-]*://\\S+") || text.matches("(?i)^www\\.\\S+")
                || text.matches("(?i)^[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}/\\S*$");
    }
}
