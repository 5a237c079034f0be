package org.safecase.oversight.patterns;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #15 item 4: pattern keys match by keyed hash only, and reveal nothing without the key. */
class PatternKeyingTest {
    private static final byte[] KEY = "a-32-byte-key-for-these-tests-ok".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "another-32-byte-key-for-tests-ok".getBytes(StandardCharsets.US_ASCII);

    private static PatternKeying keying(String configured) {
        PatternKeying keying = new PatternKeying();
        keying.configuredKey = Optional.ofNullable(configured);
        return keying;
    }

    @Test
    @DisplayName("item 4: the same identifier written two ways by two schools gets the same key")
    void item4_sameIdentifierSameKey() {
        PatternKeying keying = keying(Base64.getEncoder().encodeToString(KEY));
        String one = keying.keyOf(Identifiers.phone("07700 900123").orElseThrow()).orElseThrow();
        String two = keying.keyOf(Identifiers.phone("+44 7700 900 123").orElseThrow()).orElseThrow();
        assertThat(one).isEqualTo(two).hasSize(64).matches("[0-9a-f]{64}");
        String other = keying.keyOf(Identifiers.phone("07700 900124").orElseThrow()).orElseThrow();
        assertThat(other).isNotEqualTo(one);
    }

    @Test
    @DisplayName("item 4: the key is an HMAC-SHA256 under the configured key, not a plain hash anyone can recompute")
    void item4_keyedNotPlainHash() throws Exception {
        Identifier phone = Identifiers.phone("07700 900123").orElseThrow();
        String keyed = PatternKeying.hmac(KEY, phone);
        assertThat(keyed).isNotEqualTo(PatternKeying.hmac(OTHER_KEY, phone));
        String plain = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(("PHONE:" + phone.normalised()).getBytes(StandardCharsets.UTF_8)));
        assertThat(keyed).isNotEqualTo(plain).doesNotContain("7700900123");
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
        assertThat(keyed).isEqualTo(java.util.HexFormat.of().formatHex(
                mac.doFinal("PHONE:+447700900123".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    @DisplayName("item 4: an account and a web address with the same text never match")
    void item4_kindsAreKeyedApart() {
        assertThat(PatternKeying.hmac(KEY, new Identifier(IdentifierKind.ACCOUNT, "example.com/x")))
                .isNotEqualTo(PatternKeying.hmac(KEY, new Identifier(IdentifierKind.WEB_ADDRESS, "example.com/x")));
    }

    @Test
    @DisplayName("item 4: without a usable key (unset, blank, not Base64, shorter than 32 bytes) nothing is keyed")
    void item4_noKeyNoKeys() {
        Identifier account = new Identifier(IdentifierKind.ACCOUNT, "troll_99");
        assertThat(keying(null).keyOf(account)).isEmpty();
        assertThat(keying("  ").keyOf(account)).isEmpty();
        assertThat(keying("not base64 !").keyOf(account)).isEmpty();
        assertThat(keying(Base64.getEncoder().encodeToString(new byte[16])).configured()).isFalse();
        assertThat(keying(Base64.getEncoder().encodeToString(KEY)).configured()).isTrue();
    }
}
