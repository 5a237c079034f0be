package org.safecase.notes;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safecase.identity.Authorisation;
import org.safecase.identity.CaseAccess;
import org.safecase.identity.CaseFacts;
import org.safecase.identity.Caller;
import org.safecase.identity.Role;
import org.safecase.platform.InvalidInputException;
import org.safecase.platform.NotAllowedException;
import org.safecase.platform.NotFoundException;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #15 item 2: the rules of R-X-2 as {@link Authorisation} and {@link NoteRules} decide them, without a server. */
@DisplayName("Issue #15 item 2: confidential notes (R-X-2)")
class ConfidentialNoteRulesTest {
    private static final long SCHOOL = 1;
    private static final long OTHER_SCHOOL = 2;
    private static final long LA = 9;
    private static final long AUTHOR = 10;
    private static final CaseFacts STAFF_CASE = new CaseFacts(SCHOOL, LA, AUTHOR, false, true);
    private static final CaseFacts CHILD_PROTECTION_CASE = new CaseFacts(SCHOOL, LA, AUTHOR, true, false);

    private final Authorisation authorisation = new Authorisation();

    private static Caller caller(long id, Long school, long localAuthority, Role... roles) {
        return new Caller(id, "u" + id, "User " + id, localAuthority, school, EnumSet.of(roles[0], roles));
    }

    private static Caller author() {
        return caller(AUTHOR, SCHOOL, LA, Role.STAFF);
    }

    @Test
    void rx2_item2_theReporterKeepsNotesOnTheirOwnStaffCase() {
        assertThat(authorisation.mayKeepNotes(author(), STAFF_CASE)).isTrue();
        authorisation.requireMayKeepNotes(author(), STAFF_CASE, CaseAccess.FULL);
    }

    @Test
    void rx2_item2_noOneElseKeepsNotesOnItAndTheWhoMaySeeTheCaseAreRefusedInWords() {
        Caller lead = caller(11, SCHOOL, LA, Role.ONLINE_SAFETY_LEAD, Role.HEAD_TEACHER, Role.DSL);
        assertThat(authorisation.mayKeepNotes(lead, STAFF_CASE)).isFalse();
        assertThatThrownBy(() -> authorisation.requireMayKeepNotes(lead, STAFF_CASE, CaseAccess.FULL))
                .isInstanceOf(NotAllowedException.class);
        Caller colleague = caller(12, SCHOOL, LA, Role.STAFF);
        assertThatThrownBy(() -> authorisation.requireMayKeepNotes(colleague, STAFF_CASE, CaseAccess.NONE))
                .as("someone who may not see the case learns nothing of it").isInstanceOf(NotFoundException.class);
    }

    @Test
    void rx2_item2_noNotesOnAChildProtectionCaseNorByAReporterWhoHasLeftTheSchool() {
        assertThat(authorisation.mayKeepNotes(author(), CHILD_PROTECTION_CASE)).as("R-SX-1, R-SX-2").isFalse();
        assertThat(authorisation.mayKeepNotes(caller(AUTHOR, OTHER_SCHOOL, LA, Role.STAFF), STAFF_CASE)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void rx2_item2_noRoleReadsANoteWithoutTheAuthorsConsent(Role role) {
        Caller ofTheSchool = caller(20, SCHOOL, LA, role);
        Caller ofTheLa = caller(21, null, LA, role);
        assertThat(authorisation.mayReadNote(ofTheSchool, AUTHOR, false)).as(role + " of the school").isFalse();
        assertThat(authorisation.mayReadNote(ofTheLa, AUTHOR, false)).as(role + " of the LA").isFalse();
        assertThat(authorisation.mayShareNote(ofTheSchool, AUTHOR)).as(role + " shares a note not theirs").isFalse();
    }

    @Test
    void rx2_item2_theAuthorAndANamedPersonReadIt() {
        assertThat(authorisation.mayReadNote(author(), AUTHOR, false)).isTrue();
        assertThat(authorisation.mayReadNote(caller(30, null, LA, Role.HR_OFFICER), AUTHOR, true)).isTrue();
        assertThat(authorisation.mayShareNote(author(), AUTHOR)).isTrue();
    }

    @Test
    void rx2_item2_theAuthorNamesAnyoneOfTheCasesLocalAuthorityButThemselves() {
        assertThat(authorisation.mayReceiveNote(author(), caller(40, null, LA, Role.LA_ADMIN), STAFF_CASE)).isTrue();
        assertThat(authorisation.mayReceiveNote(author(), caller(41, OTHER_SCHOOL, LA, Role.STAFF), STAFF_CASE))
                .as("a union representative at another school of the LA").isTrue();
        assertThat(authorisation.mayReceiveNote(author(), caller(42, SCHOOL, 8, Role.STAFF), STAFF_CASE))
                .as("another local authority's user").isFalse();
        assertThat(authorisation.mayReceiveNote(author(), author(), STAFF_CASE)).isFalse();
    }

    @Test
    void rx2_item2_aNoteIsMarkedPersonalOrUnionBusinessAndHoldsText() {
        assertThat(NoteRules.marking("personal")).isEqualTo(NoteMarking.PERSONAL);
        assertThat(NoteRules.marking(" UNION_BUSINESS ")).isEqualTo(NoteMarking.UNION_BUSINESS);
        for (String wrong : new String[]{null, "", "SECRET", "MANAGEMENT"}) {
            assertThatThrownBy(() -> NoteRules.marking(wrong)).as(wrong).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("marking"));
        }
        assertThat(NoteRules.text("  Met my rep.  ")).isEqualTo("Met my rep.");
        assertThatThrownBy(() -> NoteRules.checked(null, " ")).as("both problems at once")
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .containsExactly("marking", "text"));
        assertThatThrownBy(() -> NoteRules.text("   ")).isInstanceOf(InvalidInputException.class);
        assertThat(NoteRules.text("x".repeat(ConfidentialNotes.MAX_TEXT))).hasSize(ConfidentialNotes.MAX_TEXT);
        assertThatThrownBy(() -> NoteRules.text("x".repeat(ConfidentialNotes.MAX_TEXT + 1)))
                .isInstanceOf(InvalidInputException.class);
    }
}
