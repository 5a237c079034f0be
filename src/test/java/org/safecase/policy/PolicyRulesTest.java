package org.safecase.policy;

import org.junit.jupiter.api.Test;
import org.safecase.identity.Authorisation;
import org.safecase.identity.Caller;
import org.safecase.identity.Nation;
import org.safecase.identity.SchoolFacts;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.NotAllowedException;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #15 item 6 (R-X-6) without a server: what a new version of the policy must hold, who
 * acknowledges it and who keeps it, and the keys that let each reminder go once.
 */
class PolicyRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final SchoolFacts SCHOOL = new SchoolFacts(1L, 10L, "Riverside", Nation.ENGLAND);
    private final Authorisation authorisation = new Authorisation();

    private static Caller caller(long id, Long school, Long authority, String... roles) {
        java.util.Set<org.safecase.identity.Role> held = java.util.EnumSet.noneOf(org.safecase.identity.Role.class);
        for (String role : roles) {
            held.add(org.safecase.identity.Role.valueOf(role));
        }
        return new Caller(id, "u" + id, "User " + id, authority, school, held);
    }

    private static Set<String> fields(PolicyDraft draft) {
        return PolicyRules.problems(draft, TODAY).stream().map(FieldProblem::field).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void rx6_item6_aVersionIsTextOrAPdfNeverBothNorNeither() {
        LocalDate review = TODAY.plusYears(1);
        assertThat(fields(new PolicyDraft("Policy", "Our text", null, null, review, null))).isEmpty();
        assertThat(fields(new PolicyDraft("Policy", null, new byte[]{1}, "p.pdf", review, null))).isEmpty();
        assertThat(fields(new PolicyDraft("Policy", "Our text", new byte[]{1}, "p.pdf", review, null))).containsExactly("document");
        assertThat(fields(new PolicyDraft("Policy", "  ", null, null, review, null))).containsExactly("text");
        assertThat(fields(new PolicyDraft(" ", "Text", null, null, review, "x".repeat(501)))).containsExactlyInAnyOrder("title", "changeNote");
    }

    @Test
    void rx6_item6_theReviewDateIsAfterTodayAndWithinThreeYears() {
        assertThat(fields(new PolicyDraft("P", "T", null, null, TODAY, null))).containsExactly("reviewDue");
        assertThat(fields(new PolicyDraft("P", "T", null, null, null, null))).containsExactly("reviewDue");
        assertThat(fields(new PolicyDraft("P", "T", null, null, TODAY.plusDays(1), null))).isEmpty();
        assertThat(fields(new PolicyDraft("P", "T", null, null, TODAY.plusYears(3), null))).isEmpty();
        assertThat(fields(new PolicyDraft("P", "T", null, null, TODAY.plusYears(3).plusDays(1), null))).containsExactly("reviewDue");
    }

    @Test
    void rx6_item6_everyoneOnTheSchoolsStaffAcknowledgesButGovernorsAndLaPeopleDoNot() {
        for (String role : new String[]{"STAFF", "ONLINE_SAFETY_LEAD", "DSL", "DEPUTY_DSL", "HEAD_TEACHER"}) {
            assertThat(authorisation.mustAcknowledgePolicy(caller(1, 1L, 10L, role))).as(role).isTrue();
        }
        assertThat(authorisation.mustAcknowledgePolicy(caller(2, 1L, 10L, "GOVERNOR"))).isFalse();
        assertThat(authorisation.mustAcknowledgePolicy(caller(3, 1L, 10L, "GOVERNOR", "STAFF"))).isTrue();
        assertThat(authorisation.mustAcknowledgePolicy(caller(4, null, 10L, "LA_ADMIN"))).isFalse();
        assertThat(authorisation.mustAcknowledgePolicy(caller(5, null, 10L, "HR_OFFICER"))).isFalse();
        assertThatThrownBy(() -> authorisation.requireMayAcknowledgePolicy(caller(6, 2L, 10L, "STAFF"), SCHOOL))
                .as("another school's staff").isInstanceOf(NotAllowedException.class);
    }

    @Test
    void rx6_item6_theHeadTeacherAndTheLasAdminsKeepThePolicyNobodyElse() {
        assertThat(authorisation.mayManagePolicy(caller(1, 1L, 10L, "HEAD_TEACHER"), SCHOOL)).isTrue();
        assertThat(authorisation.mayManagePolicy(caller(2, null, 10L, "LA_ADMIN"), SCHOOL)).isTrue();
        assertThat(authorisation.mayManagePolicy(caller(3, null, 11L, "LA_ADMIN"), SCHOOL)).as("another LA's admin").isFalse();
        assertThat(authorisation.mayManagePolicy(caller(4, 2L, 10L, "HEAD_TEACHER"), SCHOOL)).as("another school's head").isFalse();
        for (String role : new String[]{"STAFF", "ONLINE_SAFETY_LEAD", "DSL", "DEPUTY_DSL", "GOVERNOR"}) {
            assertThat(authorisation.mayManagePolicy(caller(5, 1L, 10L, role), SCHOOL)).as(role).isFalse();
        }
        assertThat(authorisation.mayReadPolicy(caller(6, 1L, 10L, "GOVERNOR"), SCHOOL)).isTrue();
        assertThat(authorisation.mayReadPolicy(caller(7, null, 10L, "HR_OFFICER"), SCHOOL)).isFalse();
        assertThat(authorisation.mayReadGuidance(caller(8, null, 10L, "HR_OFFICER"))).isTrue();
    }

    @Test
    void rx6_item6_eachReminderGoesOnceADayOrOnceAWeek() {
        assertThat(PolicyRules.reminderKey(5L, 7L, TODAY)).isNotEqualTo(PolicyRules.reminderKey(5L, 7L, TODAY.plusDays(1)))
                .isNotEqualTo(PolicyRules.reminderKey(6L, 7L, TODAY));
        LocalDate monday = LocalDate.of(2026, 12, 7);
        assertThat(PolicyRules.reviewKey(5L, 7L, monday)).isEqualTo(PolicyRules.reviewKey(5L, 7L, monday.plusDays(6)))
                .isNotEqualTo(PolicyRules.reviewKey(5L, 7L, monday.plusDays(7)));
        assertThat(PolicyRules.week(LocalDate.of(2027, 1, 1))).as("ISO week-based year").isEqualTo("2026-W53");
        assertThat(PolicyRules.vacancyKey(1L, "lead", 7L, monday)).isNotEqualTo(PolicyRules.vacancyKey(1L, "dsl", 7L, monday));
        assertThat(PolicyRules.summaryKey(10L, 7L, monday).length()).isLessThanOrEqualTo(120);
    }

    @Test
    void item6_aPdfsNameIsKeptWithoutItsPathAndEndsInPdf() {
        assertThat(PolicyRules.documentName("C:\\Users\\head\\Online safety 2026.pdf")).isEqualTo("Online safety 2026.pdf");
        assertThat(PolicyRules.documentName("../policy")).isEqualTo("policy.pdf");
        assertThat(PolicyRules.documentName(null)).isEqualTo("policy.pdf");
    }
}
