package org.safecase.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #11 item 6: the language of a request, and wording in it. */
class LocalesTest {
    private static final Locale WELSH = Locale.forLanguageTag("cy-GB");
    private static final List<Locale> SUPPORTED = List.of(Locale.UK, WELSH);

    @Test
    void issue11_item6_theStoredChoiceWinsThenTheBrowserThenEnglish() {
        assertThat(Locales.resolve("cy-GB", List.of(Locale.UK), SUPPORTED)).isEqualTo(WELSH);
        assertThat(Locales.resolve(null, List.of(Locale.FRANCE, Locale.forLanguageTag("cy")), SUPPORTED))
                .as("the first of the browser's languages that is supported, by language").isEqualTo(WELSH);
        assertThat(Locales.resolve(null, List.of(Locale.US), SUPPORTED)).isEqualTo(Locale.UK);
        assertThat(Locales.resolve("de-DE", List.of(Locale.JAPAN), SUPPORTED)).as("nothing supported: en-GB")
                .isEqualTo(Locale.UK);
        assertThat(Locales.resolve("", List.of(), SUPPORTED)).isEqualTo(Locale.UK);
    }

    @Test
    void issue11_item6_thePseudoLocaleIsNeverSupportedWithoutTheTestSwitch() {
        assertThat(Locales.supported()).containsExactly(Locale.UK);
        assertThat(Locales.resolve("en-XA", List.of(Locales.PSEUDO), Locales.supported())).isEqualTo(Locale.UK);
        assertThat(Locales.resolve(null, List.of(Locales.PSEUDO), List.of(Locale.UK, Locales.PSEUDO))).isEqualTo(Locales.PSEUDO);
        assertThat(Locales.resolve(null, List.of(Locale.US), List.of(Locale.UK, Locales.PSEUDO)))
                .as("English browsers never land in the pseudo-locale").isEqualTo(Locale.UK);
    }

    @Test
    void issue11_item6_problemsAndRefusalsAreWordedInTheLocaleAsked() {
        FieldProblem problem = new FieldProblem("lastDay", "problem.closures.dayInRange",
                java.time.LocalDate.of(2025, 12, 3), java.time.LocalDate.of(2028, 12, 3));
        assertThat(problem.message(Locale.UK)).isEqualTo("Give a day from 2025-12-03 (a year ago) to 2028-12-03 (two years ahead).");
        assertThat(new NotFoundException("notFound.case").getMessage()).isEqualTo("Case not found");
        assertThat(new ConflictException("conflict.closure.stepsOpen", "Lead triages report").getMessage())
                .isEqualTo("This case can be closed once these steps are done: Lead triages report.");
        Locales.answerIn(Locale.UK);
        try {
            assertThat(new NotAllowedException("refusal.closuresHeadOrAdmin").getLocalizedMessage())
                    .isEqualTo("Only the head teacher or an LA admin can change a school's closure dates.");
        } finally {
            Locales.answerIn(null);
        }
    }
}
