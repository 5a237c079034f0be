package org.safecase.casefile;

import org.safecase.platform.Messages;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class CaseCsvTest {
    private static final Messages WORDS = new Messages();

    @Test
    void headerNamesTheFourColumnsInWords() {
        assertThat(CaseCsv.header(WORDS)).isEqualTo("Case reference,Kind of incident,Status,Reported\r\n");
    }

    @Test
    void aRowIsReferenceCategoryStatusAndTimeOfReportWithReadableLabels() {
        CaseSummary row = new CaseSummary("SC-2026-000042", IncidentCategory.PHONE_ABUSE, CaseStatus.AWAITING_PROVIDER,
                LocalDateTime.of(2026, 3, 2, 9, 5, 7, 123_000_000));

        assertThat(CaseCsv.line(row, WORDS)).isEqualTo(
                "SC-2026-000042,\"Phone abuse: malicious calls, texts or picture messages\",Awaiting the provider,"
                        + "2026-03-02 09:05:07\r\n");
    }

    @Test
    void missingValuesAreEmptyFields() {
        assertThat(CaseCsv.line(new CaseSummary("SC-2026-000001", IncidentCategory.OTHER, null, null), WORDS))
                .isEqualTo("SC-2026-000001,Other online-safety concern,,\r\n");
    }

    @Test
    void quotesCommasAndLineBreaksAreQuoted() {
        assertThat(CaseCsv.field("plain")).isEqualTo("plain");
        assertThat(CaseCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CaseCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CaseCsv.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CaseCsv.field("")).isEmpty();
        assertThat(CaseCsv.field(null)).isEmpty();
    }

    @Test
    void formulasAreDefusedWithALeadingApostrophe() {
        assertThat(CaseCsv.field("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(CaseCsv.field("+1")).isEqualTo("'+1");
        assertThat(CaseCsv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(CaseCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CaseCsv.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CaseCsv.field("a=b")).as("only a leading sign is a formula").isEqualTo("a=b");
    }
}
