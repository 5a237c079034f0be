package org.safecase.identity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.safecase.platform.NotAllowedException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #15 item 5 (R-X-5): who reviews retention, confirms destruction and keeps legal holds. */
@DisplayName("item 5: retention rights (R-X-5)")
class RetentionRightsTest {
    private static final long LA = 1L;
    private static final long OTHER_LA = 2L;
    private static final long SCHOOL = 10L;
    private static final long OTHER_SCHOOL = 11L;
    private final Authorisation authorisation = new Authorisation();

    private static Caller caller(Long la, Long school, Role... roles) {
        return new Caller(7L, "someone", "Someone", la, school, Set.of(roles));
    }

    @Test
    void rx5_item5_aSchoolsDslConfirmsOnlyItsOwnChildProtectionRecords() {
        Caller dsl = caller(LA, SCHOOL, Role.DSL);
        assertThat(authorisation.mayReviewRetention(dsl)).isTrue();
        assertThat(authorisation.mayDestroyRecord(dsl, SCHOOL, LA, true)).isTrue();
        assertThat(authorisation.mayDestroyRecord(dsl, SCHOOL, LA, false)).as("a staff case").isFalse();
        assertThat(authorisation.mayDestroyRecord(dsl, OTHER_SCHOOL, LA, true)).as("another school's").isFalse();
        assertThat(authorisation.mayDestroyRecord(caller(LA, SCHOOL, Role.DEPUTY_DSL), SCHOOL, LA, true)).isTrue();
        assertThatThrownBy(() -> authorisation.requireMayHoldRecords(dsl)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void rx5_item5_anLaAdminConfirmsAndHoldsEveryRecordOfTheirOwnLocalAuthority() {
        Caller admin = caller(LA, null, Role.LA_ADMIN);
        assertThat(authorisation.mayReviewRetention(admin)).isTrue();
        assertThat(authorisation.mayDestroyRecord(admin, SCHOOL, LA, false)).isTrue();
        assertThat(authorisation.mayDestroyRecord(admin, SCHOOL, LA, true)).isTrue();
        assertThat(authorisation.mayDestroyRecord(admin, SCHOOL, OTHER_LA, false)).as("another LA's").isFalse();
        assertThat(authorisation.mayHoldRecords(admin)).isTrue();
    }

    @Test
    void rx5_item5_leadsHeadsStaffGovernorsAndHrHaveNoRetentionPage() {
        for (Role role : new Role[]{Role.STAFF, Role.ONLINE_SAFETY_LEAD, Role.HEAD_TEACHER, Role.GOVERNOR}) {
            Caller someone = caller(LA, SCHOOL, role);
            assertThat(authorisation.mayReviewRetention(someone)).as(role.name()).isFalse();
            assertThat(authorisation.mayDestroyRecord(someone, SCHOOL, LA, true)).as(role.name()).isFalse();
            assertThatThrownBy(() -> authorisation.requireMayReviewRetention(someone)).isInstanceOf(NotAllowedException.class);
        }
        assertThat(authorisation.mayReviewRetention(caller(LA, null, Role.HR_OFFICER))).isFalse();
    }
}
