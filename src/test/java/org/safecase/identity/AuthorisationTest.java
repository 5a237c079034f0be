package org.safecase.identity;

import org.junit.jupiter.api.Test;
import org.safecase.platform.NotAllowedException;
import org.safecase.platform.NotFoundException;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorisationTest {
    private static final long SCHOOL_A = 1;
    private static final long SCHOOL_B = 2;
    private final Authorisation authorisation = new Authorisation();

    private static Caller caller(long id, Long school, Role... roles) {
        return new Caller(id, "u" + id, "User " + id, 9L, school, EnumSet.of(roles[0], roles));
    }

    @Test
    void reporterAndLeadAndHeadOfTheSchoolSeeAStaffCase() {
        Caller reporter = caller(10, SCHOOL_A, Role.STAFF);
        assertThat(authorisation.mayReadCase(reporter, SCHOOL_A, 10L, false)).isTrue();
        assertThat(authorisation.mayReadCase(caller(11, SCHOOL_A, Role.ONLINE_SAFETY_LEAD), SCHOOL_A, 10L, false)).isTrue();
        assertThat(authorisation.mayReadCase(caller(12, SCHOOL_A, Role.HEAD_TEACHER), SCHOOL_A, 10L, false)).isTrue();
    }

    @Test
    void anotherStaffMemberOfTheSameSchoolDoesNotSeeIt() {
        assertThat(authorisation.mayReadCase(caller(13, SCHOOL_A, Role.STAFF), SCHOOL_A, 10L, false)).isFalse();
    }

    @Test
    void leadOfAnotherSchoolNeverSeesACase() {
        Caller otherLead = caller(20, SCHOOL_B, Role.ONLINE_SAFETY_LEAD, Role.HEAD_TEACHER, Role.DSL);
        assertThat(authorisation.mayReadCase(otherLead, SCHOOL_A, 10L, false)).isFalse();
        assertThat(authorisation.mayReadCase(otherLead, SCHOOL_A, 10L, true)).isFalse();
        assertThatThrownBy(() -> authorisation.requireMayReadCase(otherLead, SCHOOL_A, 10L, false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void laUsersSeeNoCaseContent() {
        assertThat(authorisation.mayReadCase(caller(30, null, Role.LA_ADMIN), SCHOOL_A, 10L, false)).isFalse();
        assertThat(authorisation.mayReadCase(caller(31, null, Role.HR_OFFICER), SCHOOL_A, 10L, false)).isFalse();
    }

    @Test
    void R_SX_1_childProtectionCaseIsForDslDeputyAndHeadOnly() {
        assertThat(authorisation.mayReadCase(caller(40, SCHOOL_A, Role.DSL), SCHOOL_A, 10L, true)).isTrue();
        assertThat(authorisation.mayReadCase(caller(41, SCHOOL_A, Role.DEPUTY_DSL), SCHOOL_A, 10L, true)).isTrue();
        assertThat(authorisation.mayReadCase(caller(42, SCHOOL_A, Role.HEAD_TEACHER), SCHOOL_A, 10L, true)).isTrue();
        assertThat(authorisation.mayReadCase(caller(43, SCHOOL_A, Role.ONLINE_SAFETY_LEAD), SCHOOL_A, 10L, true)).isFalse();
        assertThat(authorisation.mayReadCase(caller(10, SCHOOL_A, Role.STAFF), SCHOOL_A, 10L, true)).isFalse();
    }

    @Test
    void taskScopeHoldsOnlyTheCallersOwnSchoolGroups() {
        Caller lead = caller(50, SCHOOL_A, Role.ONLINE_SAFETY_LEAD, Role.DSL);

        assertThat(authorisation.taskScope(lead).candidateGroups()).containsExactlyInAnyOrder(
                SchoolGroups.onlineSafetyLeads(SCHOOL_A), SchoolGroups.safeguardingLeads(SCHOOL_A));
        assertThat(authorisation.taskScope(caller(51, SCHOOL_A, Role.STAFF)).candidateGroups()).isEmpty();
        assertThat(authorisation.taskScope(caller(52, null, Role.HR_OFFICER)).candidateGroups())
                .containsExactly(SchoolGroups.hrOfficers(9L));
    }

    /**
     * Issue #14 item 9: an LA admin is offered the notices of failed jobs (the workflow
     * administrators' group, whose members are every active LA admin) and no case work; the inbox is
     * in their navigation only while a notice waits.
     */
    @Test
    void item9_anLaAdminIsOfferedTheNoticesOfFailedJobsAndNoCaseWork() {
        Caller admin = caller(53, null, Role.LA_ADMIN);
        assertThat(authorisation.taskScope(admin).candidateGroups()).containsExactly(SchoolGroups.workflowAdministrators());
        assertThat(SchoolGroups.members(SchoolGroups.workflowAdministrators())).hasValueSatisfying(members -> {
            assertThat(members.roles()).containsExactly(Role.LA_ADMIN);
            assertThat(members.schoolId()).isNull();
            assertThat(members.localAuthorityId()).as("the installation's, not one LA's").isNull();
        });
        assertThat(authorisation.taskScope(caller(54, SCHOOL_A, Role.HEAD_TEACHER, Role.DSL)).candidateGroups())
                .doesNotContain(SchoolGroups.workflowAdministrators());
        assertThat(authorisation.navigation(admin, 0).inbox()).as("nothing waits").isFalse();
        assertThat(authorisation.navigation(admin, 1).inbox()).as("a notice waits").isTrue();
    }

    @Test
    void onlySchoolMembersReport() {
        authorisation.requireMayReport(caller(60, SCHOOL_A, Role.STAFF));
        assertThatThrownBy(() -> authorisation.requireMayReport(caller(61, null, Role.HR_OFFICER)))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void R_X_1_headTeacherAndLaAdminKeepTheSchoolCalendarOthersDoNot() {
        SchoolFacts school = new SchoolFacts(SCHOOL_A, 9L, "Riverside", Nation.ENGLAND);
        authorisation.requireMayManageSchoolCalendar(caller(70, SCHOOL_A, Role.HEAD_TEACHER), school);
        authorisation.requireMayManageSchoolCalendar(caller(71, null, Role.LA_ADMIN), school);
        assertThatThrownBy(() -> authorisation.requireMayManageSchoolCalendar(caller(72, SCHOOL_A, Role.ONLINE_SAFETY_LEAD), school))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> authorisation.requireMayManageSchoolCalendar(caller(73, SCHOOL_B, Role.HEAD_TEACHER), school))
                .isInstanceOf(NotAllowedException.class);
        Caller otherLaAdmin = new Caller(74L, "x", "X", 99L, null, EnumSet.of(Role.LA_ADMIN));
        assertThat(authorisation.maySeeSchool(otherLaAdmin, school)).isFalse();
        assertThat(authorisation.maySeeSchool(caller(75, SCHOOL_A, Role.STAFF), school)).isTrue();
    }

    @Test
    void R_ST_9_hrOfficerSeesOnlyHandedOverStaffCasesOfItsOwnLaAsASummary() {
        Caller hr = caller(80, null, Role.HR_OFFICER);
        assertThat(authorisation.access(hr, new CaseFacts(SCHOOL_A, 9L, 10L, false, true))).isEqualTo(CaseAccess.HR_SUMMARY);
        assertThat(authorisation.access(hr, new CaseFacts(SCHOOL_A, 9L, 10L, false, false))).isEqualTo(CaseAccess.NONE);
        assertThat(authorisation.access(hr, new CaseFacts(SCHOOL_A, 8L, 10L, false, true))).as("another LA").isEqualTo(CaseAccess.NONE);
        assertThat(authorisation.access(hr, new CaseFacts(SCHOOL_A, 9L, 10L, true, true))).as("child protection").isEqualTo(CaseAccess.NONE);
    }

    @Test
    void R_SX_1_reporterOfAChildProtectionCaseSeesOnlyThatItWasReceived() {
        assertThat(authorisation.access(caller(10, SCHOOL_A, Role.STAFF), new CaseFacts(SCHOOL_A, 9L, 10L, true, false)))
                .isEqualTo(CaseAccess.RECEIPT_ONLY);
        assertThat(authorisation.access(caller(11, SCHOOL_A, Role.STAFF), new CaseFacts(SCHOOL_A, 9L, 10L, true, false)))
                .isEqualTo(CaseAccess.NONE);
        assertThat(authorisation.access(caller(12, SCHOOL_A, Role.DSL), new CaseFacts(SCHOOL_A, 9L, 10L, true, false)))
                .isEqualTo(CaseAccess.FULL);
    }

    @Test
    void onlineSafetyLeadListsTheStaffCasesOfItsSchool() {
        assertThat(authorisation.listScope(caller(90, SCHOOL_A, Role.ONLINE_SAFETY_LEAD)))
                .isEqualTo(new CaseListScope(SCHOOL_A, true, false, null));
    }

    @Test
    void R_SX_1_dslAndDeputyListOnlyTheChildProtectionCasesOfTheirSchool() {
        assertThat(authorisation.listScope(caller(91, SCHOOL_A, Role.DSL)))
                .isEqualTo(new CaseListScope(SCHOOL_A, false, true, null));
        assertThat(authorisation.listScope(caller(92, SCHOOL_A, Role.DEPUTY_DSL)))
                .isEqualTo(new CaseListScope(SCHOOL_A, false, true, null));
    }

    @Test
    void headTeacherListsAllCasesOfItsSchool() {
        assertThat(authorisation.listScope(caller(93, SCHOOL_A, Role.HEAD_TEACHER)))
                .isEqualTo(new CaseListScope(SCHOOL_A, true, true, null));
    }

    @Test
    void R_ST_9_hrOfficerListsTheCasesHandedToHrInItsOwnLa() {
        assertThat(authorisation.listScope(caller(94, null, Role.HR_OFFICER)))
                .isEqualTo(new CaseListScope(null, false, false, 9L));
    }

    @Test
    void staffGovernorsAndLaAdminsListNothing() {
        assertThat(authorisation.listScope(caller(95, SCHOOL_A, Role.STAFF)).coversNothing()).isTrue();
        assertThat(authorisation.listScope(caller(96, SCHOOL_A, Role.GOVERNOR)).coversNothing()).isTrue();
        assertThat(authorisation.listScope(caller(97, null, Role.LA_ADMIN)).coversNothing()).isTrue();
        assertThat(authorisation.listScope(caller(98, SCHOOL_A, Role.STAFF, Role.GOVERNOR))).isEqualTo(CaseListScope.NOTHING);
    }

    @Test
    void R_SX_1_listScopeCoversACaseExactlyWhenTheCallerMayReadItInFull() {
        CaseFacts staffCase = new CaseFacts(SCHOOL_A, 9L, 10L, false, false);
        CaseFacts childProtection = new CaseFacts(SCHOOL_A, 9L, 10L, true, false);
        CaseFacts elsewhere = new CaseFacts(SCHOOL_B, 9L, 10L, true, false);
        for (Role role : Role.values()) {
            Caller member = caller(100, SCHOOL_A, role);
            CaseListScope scope = authorisation.listScope(member);
            assertThat(scope.covers(staffCase)).as(role + " staff case")
                    .isEqualTo(authorisation.mayReadCase(member, SCHOOL_A, 1L, false));
            assertThat(scope.covers(childProtection)).as(role + " child protection")
                    .isEqualTo(authorisation.mayReadCase(member, SCHOOL_A, 1L, true));
            assertThat(scope.covers(elsewhere)).as(role + " another school").isFalse();
        }
    }

    @Test
    void R_ST_9_hrListScopeNeverCoversChildProtectionNorAnotherLaNorCasesNotHandedOver() {
        CaseListScope hr = authorisation.listScope(caller(110, null, Role.HR_OFFICER));
        assertThat(hr.covers(new CaseFacts(SCHOOL_A, 9L, 10L, false, true))).isTrue();
        assertThat(hr.covers(new CaseFacts(SCHOOL_A, 9L, 10L, true, true))).as("child protection").isFalse();
        assertThat(hr.covers(new CaseFacts(SCHOOL_A, 8L, 10L, false, true))).as("another LA").isFalse();
        assertThat(hr.covers(new CaseFacts(SCHOOL_A, 9L, 10L, false, false))).as("not handed over").isFalse();
    }

    @Test
    void R_SX_1_onlyTheLeadOrHeadMayRecategoriseAnOpenStaffCase() {
        CaseFacts staffCase = new CaseFacts(SCHOOL_A, 9L, 10L, false, false);
        assertThat(authorisation.rights(caller(120, SCHOOL_A, Role.ONLINE_SAFETY_LEAD), staffCase, false).mayRecategorise()).isTrue();
        assertThat(authorisation.rights(caller(121, SCHOOL_A, Role.HEAD_TEACHER), staffCase, false).mayRecategorise()).isTrue();
        assertThat(authorisation.rights(caller(122, SCHOOL_A, Role.HEAD_TEACHER), staffCase, true).mayRecategorise())
                .as("closed").isFalse();
        assertThat(authorisation.rights(caller(10, SCHOOL_A, Role.STAFF), staffCase, false))
                .as("the reporter sees the case but may not re-categorise it")
                .isEqualTo(new CaseRights(true, false, false, false, false));
        assertThat(authorisation.rights(caller(123, SCHOOL_B, Role.HEAD_TEACHER), staffCase, false)).isEqualTo(CaseRights.NONE);
    }

    @Test
    void R_SX_4_theDslAndDeputyReferAndCloseAChildProtectionCaseTheHeadOnlyReadsIt() {
        CaseFacts childProtection = new CaseFacts(SCHOOL_A, 9L, 10L, true, false);
        assertThat(authorisation.rights(caller(130, SCHOOL_A, Role.DSL), childProtection, false))
                .isEqualTo(new CaseRights(true, true, false, true, true));
        assertThat(authorisation.rights(caller(131, SCHOOL_A, Role.DEPUTY_DSL), childProtection, false))
                .isEqualTo(new CaseRights(true, true, false, true, true));
        assertThat(authorisation.rights(caller(132, SCHOOL_A, Role.HEAD_TEACHER), childProtection, false))
                .isEqualTo(new CaseRights(true, true, false, false, false));
        assertThat(authorisation.rights(caller(10, SCHOOL_A, Role.STAFF), childProtection, false))
                .as("the reporter: a receipt only").isEqualTo(CaseRights.NONE);
        assertThat(authorisation.rights(caller(133, SCHOOL_A, Role.ONLINE_SAFETY_LEAD), childProtection, false))
                .isEqualTo(CaseRights.NONE);
    }

    @Test
    void issue11_item3_nothingIsOfferedOnAClosedCase() {
        CaseFacts childProtection = new CaseFacts(SCHOOL_A, 9L, 10L, true, false);
        assertThat(authorisation.rights(caller(134, SCHOOL_A, Role.DSL), childProtection, true))
                .as("the DSL still reads a closed case, but neither refers nor closes it")
                .isEqualTo(new CaseRights(true, true, false, false, false));
        CaseFacts staffCase = new CaseFacts(SCHOOL_A, 9L, 10L, false, false);
        assertThat(authorisation.rights(caller(135, SCHOOL_A, Role.ONLINE_SAFETY_LEAD), staffCase, true))
                .isEqualTo(new CaseRights(true, false, false, false, false));
    }

    @Test
    void boundariesAskTheSameRoleQuestionsAsThePages() {
        authorisation.requireMayRecategorise(caller(140, SCHOOL_A, Role.ONLINE_SAFETY_LEAD));
        assertThatThrownBy(() -> authorisation.requireMayRecategorise(caller(141, SCHOOL_A, Role.DSL)))
                .isInstanceOf(NotAllowedException.class);
        authorisation.requireMaySafeguard(caller(142, SCHOOL_A, Role.DEPUTY_DSL));
        assertThatThrownBy(() -> authorisation.requireMaySafeguard(caller(143, SCHOOL_A, Role.HEAD_TEACHER)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(authorisation.mayEditProviders(caller(144, null, Role.LA_ADMIN))).isTrue();
        assertThat(authorisation.mayEditProviders(caller(145, SCHOOL_A, Role.HEAD_TEACHER))).isFalse();
    }

    @Test
    void issue11_item5_theNavigationOffersEachRoleOnlyThePagesItCanUse() {
        Navigation staff = authorisation.navigation(caller(30, SCHOOL_A, Role.STAFF), 0);
        assertThat(staff).isEqualTo(new Navigation(true, true, false, false, false, false, false, false, false, true, true));
        assertThat(authorisation.navigation(caller(30, SCHOOL_A, Role.STAFF), 1).inbox())
                .as("a reporter asked a question at closure has it in the inbox").isTrue();
        assertThat(authorisation.navigation(caller(31, SCHOOL_A, Role.ONLINE_SAFETY_LEAD), 0))
                .isEqualTo(new Navigation(true, true, true, true, true, false, false, false, false, true, true));
        assertThat(authorisation.navigation(caller(32, SCHOOL_A, Role.DSL), 0))
                .isEqualTo(new Navigation(true, true, true, true, false, false, false, false, false, true, true));
        assertThat(authorisation.navigation(caller(33, SCHOOL_A, Role.HEAD_TEACHER), 0))
                .isEqualTo(new Navigation(true, true, true, true, true, true, false, false, true, true, true));
        assertThat(authorisation.navigation(caller(34, null, Role.HR_OFFICER), 0))
                .isEqualTo(new Navigation(false, false, true, true, false, false, false, false, false, false, true));
        assertThat(authorisation.navigation(caller(35, SCHOOL_A, Role.GOVERNOR), 0))
                .isEqualTo(new Navigation(true, true, false, false, false, false, true, false, false, true, true));
        assertThat(authorisation.navigation(caller(36, null, Role.LA_ADMIN), 0))
                .isEqualTo(new Navigation(false, false, false, false, true, false, false, true, true, true, true));
    }

    @Test
    void issue13_item3_anLaAdminLooksAfterEveryoneOfTheirLocalAuthorityWithEveryRole() {
        StaffScope scope = authorisation.staffScope(caller(40, null, Role.LA_ADMIN));
        assertThat(scope.administers()).isTrue();
        assertThat(scope.covers(9L, SCHOOL_A)).isTrue();
        assertThat(scope.covers(9L, null)).as("the LA's own people").isTrue();
        assertThat(scope.covers(8L, SCHOOL_A)).as("another local authority's").isFalse();
        assertThat(scope.assignable()).containsExactlyInAnyOrder(Role.values());
        authorisation.requireLocalAuthorityAdministration(caller(40, null, Role.LA_ADMIN));
        authorisation.requireMayAdministerUser(caller(40, null, Role.LA_ADMIN), 9L, SCHOOL_B);
        assertThatThrownBy(() -> authorisation.requireMayAdministerUser(caller(40, null, Role.LA_ADMIN), 8L, SCHOOL_B))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void issue13_item3_aHeadTeacherGivesTheirOwnStaffTheSchoolRolesBelowTheirOwn() {
        Caller head = caller(41, SCHOOL_A, Role.STAFF, Role.HEAD_TEACHER);
        StaffScope scope = authorisation.staffScope(head);
        assertThat(scope.administers()).isFalse();
        assertThat(scope.covers(9L, SCHOOL_A)).isTrue();
        assertThat(scope.covers(9L, SCHOOL_B)).isFalse();
        assertThat(scope.covers(9L, null)).isFalse();
        authorisation.requireMayChangeRoles(head, 99L, 9L, SCHOOL_A, EnumSet.of(Role.STAFF),
                EnumSet.of(Role.STAFF, Role.DEPUTY_DSL));
        authorisation.requireMayChangeRoles(head, 99L, 9L, SCHOOL_A, EnumSet.of(Role.STAFF, Role.DSL),
                EnumSet.of(Role.STAFF));
        for (Role notTheirs : java.util.List.of(Role.HEAD_TEACHER, Role.LA_ADMIN, Role.HR_OFFICER)) {
            assertThatThrownBy(() -> authorisation.requireMayChangeRoles(head, 99L, 9L, SCHOOL_A, EnumSet.of(Role.STAFF),
                    EnumSet.of(Role.STAFF, notTheirs))).as(notTheirs.name()).isInstanceOf(NotAllowedException.class);
        }
        assertThatThrownBy(() -> authorisation.requireMayChangeRoles(head, 99L, 9L, SCHOOL_A,
                EnumSet.of(Role.STAFF, Role.HEAD_TEACHER), EnumSet.of(Role.STAFF)))
                .as("nor take another head teacher's role away").isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> authorisation.requireMayChangeRoles(head, 99L, 9L, SCHOOL_B, EnumSet.of(Role.STAFF),
                EnumSet.of(Role.STAFF, Role.DSL))).as("another school's staff").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorisation.requireMayChangeRoles(head, 41L, 9L, SCHOOL_A,
                EnumSet.of(Role.STAFF, Role.HEAD_TEACHER), EnumSet.of(Role.STAFF, Role.HEAD_TEACHER, Role.DSL)))
                .as("not their own roles: a head teacher would make themselves DSL").isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> authorisation.requireMayChangeRoles(head, 43L, 9L, SCHOOL_A,
                EnumSet.of(Role.STAFF, Role.HEAD_TEACHER), EnumSet.of(Role.STAFF, Role.HEAD_TEACHER, Role.GOVERNOR)))
                .as("nor a co-head's").isInstanceOf(NotAllowedException.class);
        authorisation.requireMayChangeRoles(caller(40, null, Role.LA_ADMIN), 41L, 9L, SCHOOL_A,
                EnumSet.of(Role.STAFF, Role.HEAD_TEACHER), EnumSet.of(Role.STAFF, Role.HEAD_TEACHER, Role.DSL));
        assertThatThrownBy(() -> authorisation.requireMayAdministerUser(head, 9L, SCHOOL_A))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> authorisation.requireLocalAuthorityAdministration(head)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue13_item3_nobodyElseLooksAfterAccounts() {
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.LA_ADMIN, Role.HEAD_TEACHER))) {
            Caller someone = caller(42, role == Role.HR_OFFICER ? null : SCHOOL_A, role);
            assertThat(authorisation.staffScope(someone).coversAnyone()).as(role.name()).isFalse();
            assertThatThrownBy(() -> authorisation.requireMayChangeRoles(someone, 99L, 9L, SCHOOL_A, EnumSet.of(Role.STAFF),
                    EnumSet.of(Role.STAFF, Role.DSL))).as(role.name()).isInstanceOf(NotFoundException.class);
        }
    }

    // Issue #15 items 3 and 4: the governors' annual report and the LA dashboard (R-X-4).

    @Test
    @org.junit.jupiter.api.DisplayName("rx4 item 3: governors and the head teacher read their own school's report, LA admins any school's of their LA; nobody else")
    void rx4_item3_whoMayReadTheGovernorsReport() {
        SchoolFacts schoolA = new SchoolFacts(SCHOOL_A, 9L, "A", Nation.ENGLAND);
        SchoolFacts otherLa = new SchoolFacts(SCHOOL_B, 8L, "B", Nation.ENGLAND);
        assertThat(authorisation.mayReadGovernorsReport(caller(70, SCHOOL_A, Role.GOVERNOR), schoolA)).isTrue();
        assertThat(authorisation.mayReadGovernorsReport(caller(71, SCHOOL_A, Role.HEAD_TEACHER), schoolA)).isTrue();
        assertThat(authorisation.mayReadGovernorsReport(caller(72, null, Role.LA_ADMIN), schoolA)).isTrue();
        assertThat(authorisation.mayReadGovernorsReport(caller(72, null, Role.LA_ADMIN), otherLa)).isFalse();
        assertThat(authorisation.mayReadGovernorsReport(caller(73, SCHOOL_B, Role.GOVERNOR), schoolA)).isFalse();
        for (Role role : java.util.List.of(Role.STAFF, Role.ONLINE_SAFETY_LEAD, Role.DSL, Role.DEPUTY_DSL)) {
            assertThat(authorisation.mayReadGovernorsReport(caller(74, SCHOOL_A, role), schoolA)).as(role.name()).isFalse();
        }
        assertThat(authorisation.mayReadGovernorsReport(caller(75, null, Role.HR_OFFICER), schoolA)).isFalse();
        assertThatThrownBy(() -> authorisation.requireMayReadGovernorsReport(caller(74, SCHOOL_A, Role.STAFF), schoolA))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("rx4 item 3: a governor reaches no case of their school, staff or child protection, nor lists any")
    void rx4_item3_aGovernorReachesNoCase() {
        Caller governor = caller(76, SCHOOL_A, Role.GOVERNOR);
        for (boolean childProtection : new boolean[]{false, true}) {
            assertThat(authorisation.mayReadCase(governor, SCHOOL_A, 10L, childProtection)).isFalse();
            assertThatThrownBy(() -> authorisation.requireMayReadCase(governor, SCHOOL_A, 10L, childProtection))
                    .isInstanceOf(NotFoundException.class);
            assertThat(authorisation.access(governor, new CaseFacts(SCHOOL_A, 9L, 10L, childProtection, true)))
                    .isEqualTo(CaseAccess.NONE);
        }
        assertThat(authorisation.listScope(governor).coversNothing()).isTrue();
        assertThat(authorisation.taskScope(governor).candidateGroups()).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.DisplayName("rx4 item 4: only LA admins read the LA dashboard")
    void rx4_item4_onlyLaAdminsReadTheDashboard() {
        assertThat(authorisation.mayReadLaDashboard(caller(77, null, Role.LA_ADMIN))).isTrue();
        assertThat(authorisation.mayReadLaDashboard(caller(78, null, Role.HR_OFFICER))).isFalse();
        assertThat(authorisation.mayReadLaDashboard(caller(79, SCHOOL_A, Role.HEAD_TEACHER, Role.GOVERNOR))).isFalse();
        assertThatThrownBy(() -> authorisation.requireMayReadLaDashboard(caller(79, SCHOOL_A, Role.GOVERNOR)))
                .isInstanceOf(NotAllowedException.class);
    }
}
