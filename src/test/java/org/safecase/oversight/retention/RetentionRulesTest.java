package org.safecase.oversight.retention;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R-X-5, issue #15 item 5: the retention periods as dates. */
@DisplayName("item 5: retention due dates (R-X-5)")
class RetentionRulesTest {
    private static final LocalDate INCIDENT = LocalDate.of(2026, 5, 5);

    @Test
    void rx5_item5_childProtectionIsKeptToTheChildsBirthDatePlus25Years() {
        RetentionDue due = RetentionRules.childProtection(INCIDENT, List.of(new ChildAge(LocalDate.of(2012, 9, 14), 13)));

        assertThat(due).isEqualTo(new RetentionDue(RecordType.CHILD_PROTECTION, RetentionRule.CHILD_BIRTH_DATE, 25,
                LocalDate.of(2037, 9, 14)));
    }

    @Test
    void rx5_item5_whereOnlyAnAgeWasRecordedTheLatestBirthDateThatAgeAllowsOnTheIncidentDateIsTaken() {
        RetentionDue due = RetentionRules.childProtection(INCIDENT, List.of(new ChildAge(null, 13)));

        // 13 on 5 May 2026: born 6 May 2012 .. 5 May 2013; the latest is 5 May 2013, so due 5 May 2038.
        assertThat(due.rule()).isEqualTo(RetentionRule.CHILD_AGE);
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2038, 5, 5));
        assertThat(RetentionRules.latestBirthDate(13, INCIDENT)).isEqualTo(LocalDate.of(2013, 5, 5));
    }

    @Test
    void rx5_item5_theYoungestChildDecidesWithSeveralChildren() {
        RetentionDue due = RetentionRules.childProtection(INCIDENT, List.of(new ChildAge(LocalDate.of(2010, 1, 1), 16),
                new ChildAge(null, 12), new ChildAge(LocalDate.of(2011, 3, 3), 15)));

        assertThat(due.rule()).isEqualTo(RetentionRule.CHILD_AGE);
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2039, 5, 5));
    }

    @Test
    void rx5_item5_withNoChildRecordedTheIncidentDatePlus25YearsIsTaken() {
        RetentionDue due = RetentionRules.childProtection(INCIDENT, List.of());

        assertThat(due).isEqualTo(new RetentionDue(RecordType.CHILD_PROTECTION, RetentionRule.INCIDENT_DATE, 25,
                LocalDate.of(2051, 5, 5)));
    }

    @Test
    void rx5_item5_aStaffCaseIsKeptTheConfiguredYearsAfterClosure() {
        assertThat(RetentionRules.staffCase(LocalDate.of(2026, 12, 7), 6)).isEqualTo(new RetentionDue(
                RecordType.STAFF_CASE, RetentionRule.CLOSURE_DATE, 6, LocalDate.of(2032, 12, 7)));
        assertThat(RetentionRules.staffCase(LocalDate.of(2026, 12, 7), 10).dueOn()).isEqualTo(LocalDate.of(2036, 12, 7));
        assertThatThrownBy(() -> RetentionRules.staffCase(LocalDate.of(2026, 12, 7), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rx5_item5_aLeapDayBirthIsDueOnTheFirstOfMarchInAYearWithoutOne() {
        assertThat(RetentionRules.childProtection(INCIDENT, List.of(new ChildAge(LocalDate.of(2012, 2, 29), 14))).dueOn())
                .isEqualTo(LocalDate.of(2037, 3, 1));
        assertThat(RetentionRules.anniversary(LocalDate.of(2012, 2, 29), 24)).isEqualTo(LocalDate.of(2036, 2, 29));
        assertThat(RetentionRules.staffCase(LocalDate.of(2024, 2, 29), 6).dueOn()).isEqualTo(LocalDate.of(2030, 3, 1));
    }

    @Test
    void rx5_item5_anAgeOnALeapDayGivesTheTwentyEighthOfFebruary() {
        // Aged 10 on 29 February 2024: one born on 1 March 2014 was still 9, so 28 February 2014 is the latest.
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        assertThat(RetentionRules.latestBirthDate(10, leapDay)).isEqualTo(LocalDate.of(2014, 2, 28));
        assertThat(RetentionRules.childProtection(leapDay, List.of(new ChildAge(null, 10))).dueOn())
                .isEqualTo(LocalDate.of(2039, 2, 28));
    }

    @Test
    void rx5_item5_aDueDateIn2060IsADateLikeAnyOther() {
        RetentionDue due = RetentionRules.childProtection(LocalDate.of(2036, 6, 1),
                List.of(new ChildAge(LocalDate.of(2035, 7, 20), 0)));

        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2060, 7, 20));
        assertThat(due.dueOn()).isAfter(LocalDate.of(2038, 1, 19));
    }
}
