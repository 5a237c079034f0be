package org.safecase.takedown;

import org.junit.jupiter.api.Test;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProviderRulesTest {
    @Test
    void R_ST_6_validEntryIsTrimmedAndTyped() {
        ProviderEntry entry = ProviderRules.check(new ProviderRequest(" NewNet ", "mobile_network",
                "Call 123 from your mobile", "0800 000 000", "abuse@newnet.example", "https://newnet.example/abuse"));

        assertThat(entry.name()).isEqualTo("NewNet");
        assertThat(entry.kind()).isEqualTo(ProviderKind.MOBILE_NETWORK);
    }

    @Test
    void missingAndMalformedFieldsAreEachExplained() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ProviderRules.check(
                new ProviderRequest("", "PIGEON_POST", " ", null, "not-an-address", "ftp://x")));

        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("name", "kind", "reportingRoute", "email", "webAddress");
    }
}
