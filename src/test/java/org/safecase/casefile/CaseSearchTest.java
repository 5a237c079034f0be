package org.safecase.casefile;

import org.junit.jupiter.api.Test;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CaseSearchTest {
    @Test
    void blanksMeanAnyCase() {
        assertThat(CaseSearch.of(null, null, "", " ", null, "")).isEqualTo(CaseSearch.ANY);
    }

    @Test
    void criteriaAreReadAsTyped() {
        CaseSearch search = CaseSearch.of(" sc-2026-000042 ", null, "nude_images", "TRIAGED", "2026-01-01", "2026-03-31");

        assertThat(search).isEqualTo(new CaseSearch("SC-2026-000042", null, IncidentCategory.NUDE_IMAGES, CaseStatus.TRIAGED,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void oneDayIsAValidRange() {
        assertThat(CaseSearch.of(null, null, null, null, "2026-02-28", "2026-02-28").reportedTo()).isEqualTo("2026-02-28");
    }

    @Test
    void partOfAReferenceIsFoundAnywhereInIt_item4() {
        CaseSearch part = CaseSearch.of(" 2026-0000 ", null, null, null, null, null);

        assertThat(part.reference()).isEqualTo("2026-0000");
        assertThat(part.wholeReference()).isFalse();
        assertThat(CaseSearch.of("sc-2026-000042", null, null, null, null, null).wholeReference()).isTrue();
    }

    @Test
    void whatTheReportNamesIsSearchedInLowerCaseAndAPhoneNumberByItsDigits_item4() {
        assertThat(CaseSearch.of(null, " InstaChat.example/Mr_X ", null, null, null, null).mentionAsStored())
                .isEqualTo("instachat.example/mr_x");
        assertThat(CaseSearch.of(null, "+44 (0)7700 900-123", null, null, null, null).mentionAsStored())
                .isEqualTo("4407700900123");
        assertThat(CaseSearch.ANY.mentionAsStored()).isNull();
    }

    @Test
    void aMentionTooShortTooLongOrWithControlCharactersIsRefused_item4() {
        assertThat(problem(() -> CaseSearch.of(null, "ab", null, null, null, null)).field()).isEqualTo("mention");
        assertThat(problem(() -> CaseSearch.of(null, "x".repeat(CaseSearch.MENTION_MAX + 1), null, null, null, null))
                .field()).isEqualTo("mention");
        assertThat(problem(() -> CaseSearch.of(null, "abc\u0000def", null, null, null, null)).field()).isEqualTo("mention");
        assertThat(problem(() -> CaseSearch.of(null, "( 1 )", null, null, null, null)).message())
                .isEqualTo("Give at least 3 digits of the phone number.");
        assertThat(CaseSearch.of(null, "x".repeat(CaseSearch.MENTION_MAX), null, null, null, null).mention())
                .hasSize(CaseSearch.MENTION_MAX);
    }

    @Test
    void malformedReferenceIsExplained() {
        assertThat(problem(() -> CaseSearch.of("SC 2026/42", null, null, null, null, null)))
                .extracting(FieldProblem::field, FieldProblem::message).containsExactly("reference", "Give the case reference as SC-, the year, a dash and six "
                        + "digits, for example SC-2026-000042, or part of it of at least two letters or digits, "
                        + "for example 000042.");
        assertThat(problem(() -> CaseSearch.of("4", null, null, null, null, null)).field()).isEqualTo("reference");
        assertThat(problem(() -> CaseSearch.of("SC-2026-000042' or 1=1", null, null, null, null, null)).field())
                .isEqualTo("reference");
    }

    @Test
    void unknownCategoryIsExplained() {
        assertThat(problem(() -> CaseSearch.of(null, null, "GOSSIP", null, null, null)))
                .extracting(FieldProblem::field, FieldProblem::message).containsExactly("category", "There is no kind of incident called \"GOSSIP\"; choose one of "
                        + "[CYBERBULLYING, HARMFUL_CONTENT, IMPERSONATION, PHONE_ABUSE, NUDE_IMAGES, "
                        + "PUBLISHED_ALLEGATION, OTHER].");
    }

    @Test
    void unknownStatusIsExplained() {
        assertThat(problem(() -> CaseSearch.of(null, null, null, "OPEN", null, null)))
                .extracting(FieldProblem::field, FieldProblem::message).containsExactly("status",
                        "There is no status called \"OPEN\"; choose one of [REPORTED, TRIAGED, IN_PROGRESS, AWAITING_POSTER, AWAITING_PROVIDER, WITH_HR, "
                                + "WITH_POLICE, REFERRED, HANDLED_IN_SCHOOL, CLOSED].");
    }

    @Test
    void badDaysAreExplained() {
        assertThat(problem(() -> CaseSearch.of(null, null, null, null, "31/03/2026", null)))
                .extracting(FieldProblem::field, FieldProblem::message).containsExactly("from",
                        "\"31/03/2026\" is not a day; give it as year-month-day, for example 2026-03-31.");
        assertThat(problem(() -> CaseSearch.of(null, null, null, null, null, "2026-02-30")).field()).isEqualTo("to");
        assertThat(problem(() -> CaseSearch.of(null, null, null, null, "+12026-01-01", null)).field()).isEqualTo("from");
    }

    @Test
    void firstDayAfterLastDayIsExplained() {
        assertThat(problem(() -> CaseSearch.of(null, null, null, null, "2026-04-01", "2026-03-31")))
                .extracting(FieldProblem::field, FieldProblem::message).containsExactly("from",
                        "The first day (2026-04-01) is after the last day (2026-03-31); swap them or leave one out.");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> CaseSearch.of("4", "ab", "x", "y", "tomorrow", "later"));

        assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactly("reference", "mention", "category", "status", "from", "to");
    }

    @Test
    void longInputIsNotEchoedInFull() {
        String noise = "x".repeat(500);
        assertThat(problem(() -> CaseSearch.of(null, null, noise, null, null, null)).message()).hasSizeLessThan(200);
    }

    @Test
    void aSearchCannotBeMadeInvalidByItsConstructorEither() {
        assertThatThrownBy(() -> new CaseSearch("nonsense", null, null, null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new CaseSearch(null, null, null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    private static FieldProblem problem(Runnable search) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, search::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }
}
