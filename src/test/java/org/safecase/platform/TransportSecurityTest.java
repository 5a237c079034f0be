package org.safecase.platform;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #12 items 2 and 3: what is believed of the proxy's headers, and from whom. */
class TransportSecurityTest {
    private static final Set<String> PROXY = TransportSecurity.trusted(" 10.0.0.5 , 10.0.0.6,");

    @Test
    void issue12_item3_httpsIsBelievedFromTheTrustedProxyOnly() {
        assertThat(TransportSecurity.overTls(false, "10.0.0.5", "https", PROXY, false)).isTrue();
        assertThat(TransportSecurity.overTls(false, "10.0.0.5", "http", PROXY, false)).isFalse();
        assertThat(TransportSecurity.overTls(false, "192.0.2.7", "https", PROXY, false)).as("a client's own header").isFalse();
        assertThat(TransportSecurity.overTls(false, "192.0.2.7", null, PROXY, true)).as("assumed").isTrue();
        assertThat(TransportSecurity.overTls(true, "192.0.2.7", null, Set.of(), false)).as("a TLS connection").isTrue();
    }

    @Test
    void issue12_item2_failuresAreCountedAgainstThePersonsAddressNotTheProxys() {
        assertThat(TransportSecurity.clientAddress("10.0.0.5", "192.0.2.7", PROXY)).isEqualTo("192.0.2.7");
        assertThat(TransportSecurity.clientAddress("10.0.0.5", "198.51.100.1, 192.0.2.7, 10.0.0.6", PROXY))
                .as("the last hop before our proxies; what the client wrote first is not believed").isEqualTo("192.0.2.7");
        assertThat(TransportSecurity.clientAddress("192.0.2.9", "198.51.100.1", PROXY))
                .as("the header from anyone else is ignored").isEqualTo("192.0.2.9");
        assertThat(TransportSecurity.clientAddress("10.0.0.5", null, PROXY)).isEqualTo("10.0.0.5");
        assertThat(TransportSecurity.clientAddress("10.0.0.5", " , 10.0.0.6", PROXY)).isEqualTo("10.0.0.5");
    }
}
