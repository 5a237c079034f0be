package org.safecase.platform;

import java.net.URI;
import java.net.URISyntaxException;

/** What counts as a web address wherever one is recorded: absolute http(s) with a host. */
public final class WebAddresses {
    private WebAddresses() {
    }

    public static boolean isWebAddress(String text) {
        if (text == null) {
            return false;
        }
        try {
            URI uri = new URI(text.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }
}
