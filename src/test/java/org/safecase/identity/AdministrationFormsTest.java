package org.safecase.identity;

import org.junit.jupiter.api.Test;
import org.safecase.platform.FieldProblem;
import org.safecase.platform.InvalidInputException;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue #13 item 3: what the school and user forms accept, checked before anything is stored. */
class AdministrationFormsTest {

    private static List<String> fieldsRefused(Runnable check) {
        InvalidInputException refused = catchThrowableOfType(check::run, InvalidInputException.class);
        assertThat(refused).as("refused").isNotNull();
        return refused.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void issue13_item3_aSchoolNeedsANameANumberAndANationAndItsOwnDayIsBothEndsInOrder() {
        var school = SchoolRegister.check(new SchoolForm("  Brook Primary ", "123456", "WALES", "08:45", "15:15"));
        assertThat(school.name()).isEqualTo("Brook Primary");
        assertThat(school.nation()).isEqualTo(Nation.WALES);
        assertThat(school.dayStarts()).isEqualTo(LocalTime.of(8, 45));
        assertThat(school.dayEnds()).isEqualTo(LocalTime.of(15, 15));
        assertThat(SchoolRegister.check(new SchoolForm("Brook", "12345678", "ENGLAND", "", null)).dayStarts()).isNull();

        assertThat(fieldsRefused(() -> SchoolRegister.check(new SchoolForm(" ", "12a456", "wales", "8:45", "15:15"))))
                .containsExactly("name:problem.school.name", "urn:problem.school.urn", "nation:problem.school.nation",
                        "dayStarts:problem.school.time");
        assertThat(fieldsRefused(() -> SchoolRegister.check(new SchoolForm("Brook", "123456", "ENGLAND", "08:45", ""))))
                .containsExactly("dayEnds:problem.school.dayBoth");
        assertThat(fieldsRefused(() -> SchoolRegister.check(new SchoolForm("Brook", "123456", "ENGLAND", "", "15:00"))))
                .containsExactly("dayStarts:problem.school.dayBoth");
        assertThat(fieldsRefused(() -> SchoolRegister.check(new SchoolForm("Brook", "123456", "ENGLAND", "15:00", "08:00"))))
                .containsExactly("dayEnds:problem.school.dayOrder");
        assertThat(fieldsRefused(() -> SchoolRegister.check(new SchoolForm("Brook", "123", "ENGLAND", "24:00", "25:00"))))
                .containsExactly("urn:problem.school.urn", "dayStarts:problem.school.time", "dayEnds:problem.school.time");
    }

    @Test
    void issue13_item3_aUserHasANameAnAddressAndRolesThatFitWhereTheyWork() {
        var user = StaffAdministration.check(new StaffForm(" Ann Lee ", " Ann.Lee@School.Example.org ", 5L,
                List.of("STAFF", "DEPUTY_DSL")));
        assertThat(user.name()).isEqualTo("Ann Lee");
        assertThat(user.email()).as("kept in lower case: it is also the user name").isEqualTo("ann.lee@school.example.org");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.DEPUTY_DSL);

        assertThat(fieldsRefused(() -> StaffAdministration.check(new StaffForm("", "ann@school", 5L, List.of()))))
                .containsExactly("name:problem.staff.name", "email:problem.staff.email", "roles:problem.staff.noRole");
        assertThat(fieldsRefused(() -> StaffAdministration.check(new StaffForm("Ann", "ann lee@school.org", 5L,
                List.of("deputy_dsl"))))).containsExactly("email:problem.staff.email", "roles:problem.staff.role");
        assertThat(fieldsRefused(() -> StaffAdministration.check(new StaffForm("Ann", "ann@school.org", 5L,
                List.of("STAFF", "LA_ADMIN"))))).containsExactly("roles:problem.staff.schoolRolesOnly");
        assertThat(fieldsRefused(() -> StaffAdministration.check(new StaffForm("Ann", "ann@la.gov.uk", null,
                List.of("DSL"))))).containsExactly("roles:problem.staff.laRolesOnly");
        assertThat(StaffAdministration.check(new StaffForm("Hana", "hana@la.gov.uk", null, List.of("HR_OFFICER"))).roles())
                .containsExactly(Role.HR_OFFICER);
        String tooLong = "a".repeat(95) + "@b.org";
        assertThat(fieldsRefused(() -> StaffAdministration.check(new StaffForm("Ann", tooLong, 5L, List.of("STAFF")))))
                .containsExactly("email:problem.staff.email");
        List<FieldProblem> problems = new ArrayList<>();
        StaffAdministration.roles(java.util.Arrays.asList("STAFF", null), 5L, problems);
        assertThat(problems).extracting(FieldProblem::key).containsExactly("problem.staff.role");
    }
}
