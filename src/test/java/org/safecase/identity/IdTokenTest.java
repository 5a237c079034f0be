package org.safecase.identity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #13 item 1: the checks an ID token must pass before anyone is signed in by it. */
class IdTokenTest {
    private static final String ISSUER = "https://idp.example/realms/la";
    private static final String CLIENT = "safecase";
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final KeyPair KEY = keyPair();
    private static final KeyPair OTHER_KEY = keyPair();
    private static final Function<String, Optional<PublicKey>> KEYS =
            kid -> "k1".equals(kid) ? Optional.of(KEY.getPublic()) : Optional.empty();

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder().add("iss", ISSUER).add("aud", CLIENT).add("sub", "subject-1")
                .add("exp", NOW.plusSeconds(300).getEpochSecond()).add("nonce", "n-1")
                .add("email", "Lead@School.example").add("email_verified", true);
    }

    private static String token(JsonObject header, JsonObject claims, KeyPair signer) throws Exception {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String signed = encoder.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(signer.getPrivate());
        rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + encoder.encodeToString(rsa.sign());
    }

    private static String token(JsonObjectBuilder claims) throws Exception {
        return token(Json.createObjectBuilder().add("alg", "RS256").add("kid", "k1").build(), claims.build(), KEY);
    }

    private static IdToken check(String token) throws IdToken.Invalid {
        return IdToken.check(token, KEYS, ISSUER, CLIENT, "n-1", NOW);
    }

    @Test
    void issue13_item1_aGoodTokenGivesItsSubjectAndVerifiedEmail() throws Exception {
        IdToken token = check(token(claims()));
        assertThat(token).isEqualTo(new IdToken("subject-1", "Lead@School.example", true));
    }

    @Test
    void issue13_item1_aTokenSignedOtherwiseIsRefused() throws Exception {
        JsonObject claims = claims().build();
        assertThatThrownBy(() -> check(token(Json.createObjectBuilder().add("alg", "RS256").add("kid", "k1").build(),
                claims, OTHER_KEY))).hasMessage("bad signature");
        assertThatThrownBy(() -> check(token(Json.createObjectBuilder().add("alg", "RS256").add("kid", "k9").build(),
                claims, KEY))).hasMessage("signed by an unknown key");
        assertThatThrownBy(() -> check(token(Json.createObjectBuilder().add("alg", "HS256").add("kid", "k1").build(),
                claims, KEY))).hasMessage("not signed with RS256");
        assertThatThrownBy(() -> check("a.b")).hasMessage("not a signed JWT");
    }

    @Test
    void issue13_item1_aTokenForAnotherIssuerClientSignInOrTimeIsRefused() throws Exception {
        assertThatThrownBy(() -> check(token(claims().add("iss", "https://evil.example"))))
                .hasMessage("issued by another issuer");
        assertThatThrownBy(() -> check(token(claims().add("aud", "other")))).hasMessage("issued to another client");
        assertThatThrownBy(() -> check(token(claims().add("aud", Json.createArrayBuilder().add(CLIENT).add("other")))))
                .as("several audiences need azp naming us").hasMessage("issued to another client");
        assertThat(check(token(claims().add("aud", Json.createArrayBuilder().add(CLIENT).add("other")).add("azp", CLIENT)))
                .subject()).isEqualTo("subject-1");
        assertThatThrownBy(() -> check(token(claims().add("exp", NOW.minusSeconds(121).getEpochSecond()))))
                .hasMessage("expired");
        assertThatThrownBy(() -> check(token(claims().add("nonce", "n-2"))))
                .hasMessage("nonce does not match the session's");
    }

    @Test
    void issue13_item1_anEmailIsVerifiedOnlyWhenTheProviderSaysSo() throws Exception {
        assertThat(check(token(claims().add("email_verified", false))).emailVerified()).isFalse();
        assertThat(check(token(claims().remove("email_verified"))).emailVerified()).isFalse();
        assertThat(check(token(claims().add("email_verified", "true"))).emailVerified()).isTrue();
    }

    /** Expected value from {@code printf %s <verifier> | openssl dgst -sha256 -binary | base64}, made URL-safe and unpadded. */
    @Test
    void issue13_item1_thePkceChallengeIsTheUnpaddedBase64urlSha256OfTheVerifier() {
        assertThat(SingleSignOn.challenge("dBjftJeZ4CVP-mJ0kYuiJvESx1sKnRLFC9LYLUeCqUk"))
                .isEqualTo("W-y1QDhdXCdNKX8vqTpBgvD2GETZhEy89k_AJ7DPIeE");
    }
}
