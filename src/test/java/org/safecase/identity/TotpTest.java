package org.safecase.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #13 item 2: the TOTP computation against RFC 6238's own test vectors (Appendix B, SHA1). */
class TotpTest {
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "issue13_item2 RFC 6238 vector at {0} s: step {1}, code {2}")
    @CsvSource({
            "59, 0000000000000001, 94287082",
            "1111111109, 00000000023523EC, 07081804",
            "1111111111, 00000000023523ED, 14050471",
            "1234567890, 000000000273EF07, 89005924",
            "2000000000, 0000000003F940AA, 69279037",
            "20000000000, 0000000027BC86AA, 65353130"})
    void issue13_item2_theRfc6238Sha1VectorsAreComputed(long seconds, String stepHex, String code) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
        assertThat(step).isEqualTo(Long.parseLong(stepHex, 16));
        assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(code);
        assertThat(Totp.code(RFC_SEED, step)).as("the 6 digits people type are the vector's last 6")
                .isEqualTo(code.substring(2));
    }

    @Test
    void issue13_item2_base32RoundTripsAndMatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.decode("mzxw 6ytb-oi==")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode(Base32.encode(RFC_SEED))).isEqualTo(RFC_SEED);
    }
}
