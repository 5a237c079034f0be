package org.safecase.identity;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * Issue #13 item 1: an OpenID Connect ID token, believed only once checked as OpenID Connect
 * Core 3.1.3.7 asks: signed with RS256 (the algorithm every provider must offer; "none" and the
 * HMAC algorithms, which an attacker could choose, are refused) by a key the provider publishes;
 * issued by the configured issuer to this client ({@code aud}, and {@code azp} when there are
 * several audiences); not expired; and carrying the nonce this browser's session sent, so that
 * a token from another sign-in cannot be replayed. A clock skew of two minutes is allowed.
 *
 * @param subject       the provider's stable id for the person ({@code sub})
 * @param email         the e-mail the provider holds, or null
 * @param emailVerified whether the provider says the e-mail is verified
 */
record IdToken(String subject, String email, boolean emailVerified) {
    private static final Duration SKEW = Duration.ofMinutes(2);

    /** Thrown when a token fails a check; the message says which, never whose token it was. */
    static class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /**
     * Checks a compact-serialised ID token and answers its claims.
     *
     * @param keys finds the provider's public key by its id ({@code kid})
     */
    static IdToken check(String token, Function<String, Optional<PublicKey>> keys, String issuer, String clientId,
                         String nonce, Instant now) throws Invalid {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw new Invalid("not a signed JWT");
        }
        JsonObject header = json(parts[0]);
        if (!"RS256".equals(text(header, "alg"))) {
            throw new Invalid("not signed with RS256");
        }
        String keyId = text(header, "kid");
        PublicKey key = keys.apply(keyId == null ? "" : keyId).orElseThrow(() -> new Invalid("signed by an unknown key"));
        if (!verifies(key, parts[0] + "." + parts[1], decode(parts[2]))) {
            throw new Invalid("bad signature");
        }
        JsonObject claims = json(parts[1]);
        if (!issuer.equals(text(claims, "iss"))) {
            throw new Invalid("issued by another issuer");
        }
        if (!audienceIncludes(claims, clientId)) {
            throw new Invalid("issued to another client");
        }
        if (!(claims.get("exp") instanceof JsonNumber expires) || !Instant.ofEpochSecond(expires.longValue())
                .plus(SKEW).isAfter(now)) {
            throw new Invalid("expired");
        }
        if (nonce == null || !nonce.equals(text(claims, "nonce"))) {
            throw new Invalid("nonce does not match the session's");
        }
        String subject = text(claims, "sub");
        if (subject == null || subject.isEmpty() || subject.length() > 255) {
            throw new Invalid("no usable subject");
        }
        JsonValue verified = claims.get("email_verified");
        boolean emailVerified = verified == JsonValue.TRUE
                || verified instanceof JsonString s && "true".equals(s.getString());
        return new IdToken(subject, text(claims, "email"), emailVerified);
    }

    private static boolean audienceIncludes(JsonObject claims, String clientId) {
        JsonValue audience = claims.get("aud");
        if (audience instanceof JsonString single) {
            return clientId.equals(single.getString());
        }
        if (audience != null && audience.getValueType() == JsonValue.ValueType.ARRAY) {
            var all = audience.asJsonArray();
            boolean included = all.stream().anyMatch(a -> a instanceof JsonString s && clientId.equals(s.getString()));
            return included && (all.size() == 1 || clientId.equals(text(claims, "azp")));
        }
        return false;
    }

    private static boolean verifies(PublicKey key, String signed, byte[] signature) throws Invalid {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(signature);
        } catch (GeneralSecurityException e) {
            throw new Invalid("signature could not be checked");
        }
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static JsonObject json(String part) throws Invalid {
        try (JsonReader reader = Json.createReader(new StringReader(new String(decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new Invalid("not JSON");
        }
    }

    private static byte[] decode(String part) throws Invalid {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new Invalid("not base64url");
        }
    }
}
