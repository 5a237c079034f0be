package org.safecase.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SignInViewTest {
    @ParameterizedTest
    @CsvSource({
            "/inbox/inbox.xhtml, /inbox/inbox.xhtml",
            "/casefile/case.xhtml?ref=SC-2026-000001, /casefile/case.xhtml?ref=SC-2026-000001",
            "https://evil.example/, /index.xhtml",
            "//evil.example/, /index.xhtml",
            "/\\evil.example, /index.xhtml",
            "/login.xhtml, /index.xhtml",
            "'', /index.xhtml"
    })
    void afterSignInOnlyPathsInsideTheApplicationAreFollowed(String next, String expected) {
        SignInView view = new SignInView();
        view.setNext(next);

        assertThat(view.safeNext()).isEqualTo(expected);
    }
}
