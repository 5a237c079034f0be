package org.safecase.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #13 item 1: which unverified addresses may make a first link (Entra ID sends no email_verified). */
class OidcSettingsTest {
    private static final String OWNED = " northshire.gov.uk , Northshire.sch.uk,";

    @Test
    void issue13_item1_anAddressInADomainTheLaOwnsIsTrustedAndNoOtherIs() {
        assertThat(OidcSettings.inDomains("ann@northshire.gov.uk", OWNED)).isTrue();
        assertThat(OidcSettings.inDomains("Ann@NORTHSHIRE.SCH.UK", OWNED)).as("any case").isTrue();
        assertThat(OidcSettings.inDomains("ann@evil-northshire.gov.uk", OWNED)).as("not a look-alike").isFalse();
        assertThat(OidcSettings.inDomains("ann@sub.northshire.gov.uk", OWNED)).as("not a subdomain").isFalse();
        assertThat(OidcSettings.inDomains("ann@northshire.gov.uk.evil.example", OWNED)).isFalse();
        assertThat(OidcSettings.inDomains("ann@gmail.com", OWNED)).isFalse();
        assertThat(OidcSettings.inDomains("ann@northshire.gov.uk", "")).as("none configured").isFalse();
        assertThat(OidcSettings.inDomains("@northshire.gov.uk", OWNED)).isFalse();
        assertThat(OidcSettings.inDomains(null, OWNED)).isFalse();
    }
}
