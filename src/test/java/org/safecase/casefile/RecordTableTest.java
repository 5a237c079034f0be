package org.safecase.casefile;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The record tables are declared in code and become SQL: names are checked, each mapping names
 * only its table's columns, and every table and column has its words in the bundle.
 */
class RecordTableTest {
    @Test
    void item1_namesThatAreNotPlainIdentifiersAreRefused() {
        assertThatThrownBy(() -> RecordColumn.text("x; DROP TABLE incident")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordTable.of("Bad-Name", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void item1_aMappingToAColumnItsTableLacksIsRefused() {
        RecordTable table = RecordTable.of("triage_record", List.of(RecordColumn.choice("severity")));
        assertThatThrownBy(() -> StepMapping.of("staffIncident", "triageByLead", table, StepMapping.Row.STEP,
                "severity", "seriousness")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void item4_everyRecordTableAndColumnIsWordedInTheBundle() {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(org.safecase.platform.Messages.BUNDLE,
                java.util.Locale.UK);
        List<RecordTable> all = new java.util.ArrayList<>(new StaffCaseRecord().tables());
        all.addAll(new org.safecase.takedown.TakedownRecord().tables());
        all.addAll(new org.safecase.referral.PoliceReferralRecord().tables());
        all.addAll(new org.safecase.childprotection.ChildProtectionRecord().tables());
        assertThat(all).hasSize(23);
        for (RecordTable table : all) {
            assertThat(bundle.containsKey(table.titleKey())).as(table.titleKey()).isTrue();
            table.columns().forEach(c -> assertThat(bundle.containsKey(c.labelKey(table.name())))
                    .as(c.labelKey(table.name())).isTrue());
        }
        Set<String> statuses = java.util.Arrays.stream(CaseStatus.values()).map(s -> "status." + s).collect(Collectors.toSet());
        statuses.forEach(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
    }
}
