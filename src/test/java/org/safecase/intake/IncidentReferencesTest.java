package org.safecase.intake;

import org.junit.jupiter.api.Test;

import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentReferencesTest {
    @Test
    void R_ST_1_referenceCarriesYearAndZeroPaddedNumber() {
        assertThat(IncidentReferences.format(Year.of(2026), 42)).isEqualTo("SC-2026-000042");
        assertThat(IncidentReferences.format(Year.of(2027), 1_234_567)).isEqualTo("SC-2027-1234567");
    }
}
