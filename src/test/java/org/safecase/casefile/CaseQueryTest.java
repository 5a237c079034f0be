package org.safecase.casefile;

import org.junit.jupiter.api.Test;
import org.safecase.identity.CaseListScope;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseQueryTest {
    private static final List<IncidentCategory> STAFF_CATEGORIES = List.of(IncidentCategory.CYBERBULLYING,
            IncidentCategory.HARMFUL_CONTENT, IncidentCategory.IMPERSONATION, IncidentCategory.PHONE_ABUSE,
            IncidentCategory.PUBLISHED_ALLEGATION, IncidentCategory.OTHER);

    @Test
    void headTeacherSeesEveryCategoryOfTheSchool() {
        CaseQuery query = CaseQuery.of(new CaseListScope(1L, true, true, null), CaseSearch.ANY);

        assertThat(query.where()).isEqualTo(" where (i.schoolId = :school)");
        assertThat(query.parameters()).containsExactlyEntriesOf(Map.of("school", 1L));
    }

    @Test
    void R_SX_1_leadsQueryLeavesChildProtectionOut() {
        CaseQuery query = CaseQuery.of(new CaseListScope(1L, true, false, null), CaseSearch.ANY);

        assertThat(query.where()).isEqualTo(" where (i.schoolId = :school and i.category in :schoolCategories)");
        assertThat(query.parameters().get("schoolCategories")).isEqualTo(STAFF_CATEGORIES);
    }

    @Test
    void R_SX_1_dslsQueryHoldsChildProtectionOnly() {
        CaseQuery query = CaseQuery.of(new CaseListScope(1L, false, true, null), CaseSearch.ANY);

        assertThat(query.parameters().get("schoolCategories")).isEqualTo(List.of(IncidentCategory.NUDE_IMAGES));
    }

    @Test
    void R_ST_9_hrQueryHoldsHandedOverStaffCasesOfItsLaOnly() {
        CaseQuery query = CaseQuery.of(new CaseListScope(null, false, false, 9L), CaseSearch.ANY);

        assertThat(query.where()).isEqualTo(" where (i.handedToHr = true and i.category in :hrCategories and i.schoolId in "
                + "(select s.id from School s where s.localAuthorityId = :hrLocalAuthority))");
        assertThat(query.parameters().get("hrCategories")).isEqualTo(STAFF_CATEGORIES);
        assertThat(query.parameters().get("hrLocalAuthority")).isEqualTo(9L);
    }

    @Test
    void bothPartsOfAScopeAreAlternatives() {
        CaseQuery query = CaseQuery.of(new CaseListScope(1L, true, false, 9L), CaseSearch.ANY);

        assertThat(query.where()).startsWith(" where ((i.schoolId = :school and").contains(") or (i.handedToHr = true");
    }

    @Test
    void criteriaNarrowTheScopeAndDaysIncludeTheWholeLastDay() {
        CaseQuery query = CaseQuery.of(new CaseListScope(1L, true, true, null), new CaseSearch("SC-2026-000042", null,
                IncidentCategory.OTHER, CaseStatus.CLOSED, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));

        assertThat(query.where()).isEqualTo(" where (i.schoolId = :school) and (i.reference = :reference)"
                + " and (i.category = :category) and (i.status = :status) and (i.reportedAt >= :from)"
                + " and (i.reportedAt < :toExclusive)");
        assertThat(query.parameters().get("from")).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0));
        assertThat(query.parameters().get("toExclusive")).isEqualTo(LocalDateTime.of(2026, 2, 1, 0, 0));
    }

    @Test
    void partOfAReferenceAndWhatTheReportNamesAreMatchedAnywhereWithWildcardsTakenLiterally_item4() {
        CaseQuery query = CaseQuery.of(new CaseListScope(1L, true, false, null),
                CaseSearch.of("000042", "50%_off!", null, null, null, null));

        assertThat(query.where()).contains("(i.reference like :referencePart escape '!')")
                .contains("(i.mentions like :mention escape '!')").doesNotContain(":reference)");
        assertThat(query.parameters()).containsEntry("referencePart", "%000042%")
                .containsEntry("mention", "%50!%!_off!!%");
    }

    @Test
    void exportPagesContinueAfterTheLastRowWritten() {
        CaseQuery first = CaseQuery.of(new CaseListScope(1L, true, true, null), CaseSearch.ANY);
        LocalDateTime at = LocalDateTime.of(2026, 1, 5, 10, 0);

        CaseQuery next = first.after(at, 77L);

        assertThat(next.where()).endsWith(" and ((i.reportedAt < :afterAt or (i.reportedAt = :afterAt and i.id < :afterId)))");
        assertThat(next.parameters()).containsEntry("afterAt", at).containsEntry("afterId", 77L);
        assertThat(first.parameters()).doesNotContainKey("afterId");
    }

    @Test
    void aScopeOfNothingIsNeverQueried() {
        assertThatThrownBy(() -> CaseQuery.of(CaseListScope.NOTHING, CaseSearch.ANY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
