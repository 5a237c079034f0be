package org.safecase.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a request reached us over TLS (issue #12 item 3). Payara listens on plain HTTP on
 * loopback and a reverse proxy ends TLS in front of it, so {@code request.isSecure()} alone is
 * never true in production. A request counts as over TLS when:
 * <ul>
 * <li>the connection itself is secure ({@code request.isSecure()}), or</li>
 * <li>it comes from an address listed in {@code safecase.proxy.trusted} (comma-separated IPs)
 * and carries {@code X-Forwarded-Proto: https}: the header is believed only from the proxy,
 * since any client can send it, or</li>
 * <li>{@code safecase.tls.assume=true}: every request is, for installations whose only way in
 * is a TLS proxy that cannot add the header.</li>
 * </ul>
 * Over TLS the session cookie is {@code Secure} and answers carry HSTS ({@link SecurityHeaders}).
 */
@ApplicationScoped
public class TransportSecurity {
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    @ConfigProperty(name = "safecase.proxy.trusted")
    Optional<String> trustedProxies;
    @Inject
    @ConfigProperty(name = "safecase.tls.assume", defaultValue = "false")
    boolean assumeTls;

    public boolean overTls(HttpServletRequest request) {
        return overTls(request.isSecure(), request.getRemoteAddr(), request.getHeader(FORWARDED_PROTO),
                trusted(trustedProxies.orElse("")), assumeTls);
    }

    /** The rule itself, apart from the servlet API. */
    static boolean overTls(boolean secureConnection, String remoteAddress, String forwardedProto,
                           Set<String> trustedProxies, boolean assumeTls) {
        if (secureConnection || assumeTls) {
            return true;
        }
        return remoteAddress != null && trustedProxies.contains(remoteAddress)
                && forwardedProto != null && "https".equalsIgnoreCase(forwardedProto.trim());
    }

    /**
     * The address of the person's computer, for counting failed sign-ins per address (issue #12
     * item 2). Behind the proxy every connection comes from the proxy, so counting by connection
     * would lock every user of the installation at once: from a trusted proxy, the last address of
     * {@code X-Forwarded-For} that is not itself a trusted proxy is taken (the ones before it can
     * be written by the client, so they are never believed).
     */
    public String clientAddress(HttpServletRequest request) {
        return clientAddress(request.getRemoteAddr(), request.getHeader(FORWARDED_FOR), trusted(trustedProxies.orElse("")));
    }

    static String clientAddress(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        if (remoteAddress == null || !trustedProxies.contains(remoteAddress) || forwardedFor == null) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 100 ? hop.substring(0, 100) : hop;
            }
        }
        return remoteAddress;
    }

    static Set<String> trusted(String setting) {
        return Arrays.stream(setting.split(",")).map(String::trim).filter(address -> !address.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
