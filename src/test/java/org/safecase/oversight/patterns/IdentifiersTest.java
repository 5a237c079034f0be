package org.safecase.oversight.patterns;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #15 item 4: the same identifier written in different ways by two schools has one normal form. */
class IdentifiersTest {
    private static String normal(Optional<Identifier> identifier) {
        return identifier.map(Identifier::normalised).orElse(null);
    }

    @Test
    @DisplayName("item 4: an account is lower case, without @ or surrounding spaces")
    void item4_accountHandles() {
        assertThat(normal(Identifiers.account("@Troll_99 "))).isEqualTo("troll_99");
        assertThat(normal(Identifiers.account("troll_99"))).isEqualTo("troll_99");
        assertThat(normal(Identifiers.account("  @@TROLL_99"))).isEqualTo("troll_99");
        assertThat(normal(Identifiers.account("john.smith"))).isEqualTo("john.smith");
        assertThat(Identifiers.account("john.smith").orElseThrow().kind()).isEqualTo(IdentifierKind.ACCOUNT);
        assertThat(Identifiers.account(" @ ")).isEmpty();
        assertThat(Identifiers.account(null)).isEmpty();
    }

    @Test
    @DisplayName("item 4: an account given as a profile's web address is keyed as that web address")
    void item4_accountThatIsAWebAddress() {
        Identifier identifier = Identifiers.account("https://www.instagram.com/Troll_99/").orElseThrow();
        assertThat(identifier.kind()).isEqualTo(IdentifierKind.WEB_ADDRESS);
        assertThat(identifier.normalised()).isEqualTo("instagram.com/troll_99");
        assertThat(Identifiers.account("instagram.com/troll_99")).contains(identifier);
    }

    @Test
    @DisplayName("item 4: a web address is host and path, without scheme, www, port, fragment or tracking noise")
    void item4_webAddresses() {
        String expected = "example.com/posts/123";
        assertThat(normal(Identifiers.webAddress("https://www.Example.com/posts/123/?utm_source=x&fbclid=abc#top")))
                .isEqualTo(expected);
        assertThat(normal(Identifiers.webAddress("http://example.com:8080/posts/123"))).isEqualTo(expected);
        assertThat(normal(Identifiers.webAddress("example.com/posts/123"))).isEqualTo(expected);
        assertThat(normal(Identifiers.webAddress("https://m.example.com//posts/123?si=q1"))).isEqualTo(expected);
        assertThat(normal(Identifiers.webAddress("https://www.youtube.com/watch?v=AbC&t=10s&utm_medium=share")))
                .isEqualTo("youtube.com/watch?v=abc");
        assertThat(normal(Identifiers.webAddress("https://www.youtube.com/watch?v=AbC")))
                .isNotEqualTo(normal(Identifiers.webAddress("https://www.youtube.com/watch?v=XyZ")));
        assertThat(Identifiers.webAddress("not a web address")).isEmpty();
        assertThat(Identifiers.webAddress("")).isEmpty();
    }

    @Test
    @DisplayName("item 4: UK phone numbers become E.164 however they are written")
    void item4_phoneNumbers() {
        String expected = "+447700900123";
        assertThat(normal(Identifiers.phone("07700 900123"))).isEqualTo(expected);
        assertThat(normal(Identifiers.phone("07700-900-123"))).isEqualTo(expected);
        assertThat(normal(Identifiers.phone("+44 7700 900123"))).isEqualTo(expected);
        assertThat(normal(Identifiers.phone("+44 (0)7700 900123"))).isEqualTo(expected);
        assertThat(normal(Identifiers.phone("0044 7700 900123"))).isEqualTo(expected);
        assertThat(normal(Identifiers.phone("447700900123"))).isEqualTo(expected);
        assertThat(normal(Identifiers.phone("(0161) 496 0000"))).isEqualTo("+441614960000");
        assertThat(normal(Identifiers.phone("+1 202 555 0143"))).isEqualTo("+12025550143");
        assertThat(Identifiers.phone("999")).isEmpty();
        assertThat(Identifiers.phone("call me")).isEmpty();
    }

    @Test
    @DisplayName("item 4: a perpetrator is keyed only when named by an identifier, never by a person's name")
    void item4_perpetratorOnlyByIdentifier() {
        assertThat(Identifiers.perpetrator("@Troll_99")).contains(new Identifier(IdentifierKind.ACCOUNT, "troll_99"));
        assertThat(Identifiers.perpetrator("07700 900123")).contains(new Identifier(IdentifierKind.PHONE, "+447700900123"));
        assertThat(Identifiers.perpetrator("https://example.com/x").orElseThrow().kind()).isEqualTo(IdentifierKind.WEB_ADDRESS);
        assertThat(Identifiers.perpetrator("Jane Smith")).isEmpty();
    }
}
