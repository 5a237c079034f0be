package org.safecase.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safecase.platform.Messages;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/** Issue #13 item 3: the staff CSV is read into rows to preview, each with its own problems of form. */
class StaffCsvTest {
    private static final String HEADER = "name,email,school,roles\n";

    @Test
    void issue13_item3_threeGoodRowsAndTwoBadOnesYieldExactlyTheirProblems() {
        List<StaffRow> rows = parse(HEADER
                + "Ann Smith,ann.smith@riverside.sch.uk,Riverside Primary,DSL\n"
                + "  Bob Jones  , bob@riverside.sch.uk ,Riverside Primary , STAFF;DEPUTY_DSL \n"
                + "Cath Lee,cath@la.gov.uk,,LA_ADMIN\n"
                + ",not-an-address,Riverside Primary,TEACHER\n"
                + "Dan Brown,dan@riverside.sch.uk,Riverside Primary,\n");

        assertThat(rows).extracting(StaffRow::line, StaffRow::problemKeys).containsExactly(
                tuple(2, List.of()),
                tuple(3, List.of()),
                tuple(4, List.of()),
                tuple(5, List.of("import.problem.name", "import.problem.email", "import.problem.role")),
                tuple(6, List.of("import.problem.noRole")));
        assertThat(rows).extracting(StaffRow::good).containsExactly(true, true, true, false, false);
        assertThat(rows.get(1)).as("values are trimmed")
                .extracting(StaffRow::name, StaffRow::email, StaffRow::school, StaffRow::roles)
                .containsExactly("Bob Jones", "bob@riverside.sch.uk", "Riverside Primary", "STAFF;DEPUTY_DSL");
        assertThat(rows.get(2).school()).as("an LA-level user has no school").isEmpty();
        assertThat(StaffCsv.rolesOf(rows.get(1).roles())).containsExactlyInAnyOrder(Role.STAFF, Role.DEPUTY_DSL);
    }

    @Test
    void issue13_item3_quotedValuesKeepCommasDoubledQuotesAndLineBreaks() {
        List<StaffRow> rows = parse(HEADER
                + "\"Smith, Ann\",ann@riverside.sch.uk,\"St Mary's \"\"Upper\"\" School\",\"DSL|STAFF\"\n"
                + "Bob Jones,bob@riverside.sch.uk,\"Riverside\nAnnexe\",STAFF\n"
                + "\"Cath\nLee\",cath@riverside.sch.uk, \"Riverside, Primary\" ,STAFF\n"
                + "Dan Brown,dan@riverside.sch.uk,Riverside Primary,STAFF");

        assertThat(rows).extracting(StaffRow::line, StaffRow::name, StaffRow::school).containsExactly(
                tuple(2, "Smith, Ann", "St Mary's \"Upper\" School"),
                tuple(3, "Bob Jones", "Riverside\nAnnexe"),
                tuple(5, "Cath\nLee", "Riverside, Primary"),
                tuple(7, "Dan Brown", "Riverside Primary"));
        assertThat(rows).extracting(StaffRow::problemKeys).as("a name split over lines is refused; a school may be")
                .containsExactly(List.of(), List.of(), List.of("import.problem.name"), List.of());
    }

    @Test
    void issue13_item3_aByteOrderMarkIsNotPartOfTheFirstColumn() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (HEADER + "Ann Smith,ann@riverside.sch.uk,Riverside Primary,DSL\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        List<StaffRow> rows = StaffCsv.parse(file);

        assertThat(rows).extracting(StaffRow::name, StaffRow::good).containsExactly(tuple("Ann Smith", true));
    }

    @Test
    void issue13_item3_crlfLineEndsLeaveNoCarriageReturnInTheLastColumn() {
        List<StaffRow> rows = parse("name,email,school,roles\r\n"
                + "Ann Smith,ann@riverside.sch.uk,Riverside Primary,DSL\r\n"
                + "\"Bob\r\nJones\",bob@riverside.sch.uk,Riverside Primary,STAFF\r\n"
                + "Cath Lee,cath@riverside.sch.uk,Riverside Primary,GOVERNOR\r\n");

        assertThat(rows).extracting(StaffRow::line, StaffRow::name, StaffRow::roles, StaffRow::good).containsExactly(
                tuple(2, "Ann Smith", "DSL", true),
                tuple(3, "Bob\nJones", "STAFF", false),
                tuple(5, "Cath Lee", "GOVERNOR", true));
    }

    @Test
    void issue13_item3_blankLinesAndATrailingEmptyLineAreSkipped() {
        List<StaffRow> rows = parse("\n" + HEADER
                + "Ann Smith,ann@riverside.sch.uk,Riverside Primary,DSL\n"
                + "\n"
                + " , ,,\n"
                + "Bob Jones,bob@riverside.sch.uk,Riverside Primary,STAFF\n"
                + "\n");

        assertThat(rows).extracting(StaffRow::line, StaffRow::name).containsExactly(
                tuple(3, "Ann Smith"), tuple(6, "Bob Jones"));
    }

    @Test
    void issue13_item3_theHeaderMayBeInAnyOrderAndCase() {
        List<StaffRow> rows = parse(" Roles ,EMAIL,School, Name\n"
                + "DSL;STAFF,ann@riverside.sch.uk,Riverside Primary,Ann Smith\n");

        assertThat(rows).extracting(StaffRow::name, StaffRow::email, StaffRow::school, StaffRow::roles, StaffRow::good)
                .containsExactly(tuple("Ann Smith", "ann@riverside.sch.uk", "Riverside Primary", "DSL;STAFF", true));
    }

    @Test
    void issue13_item3_aMissingColumnRefusesTheFileAndNamesIt() {
        StaffCsv.Unreadable refusal = refusalOf("name,email,roles\nAnn Smith,ann@riverside.sch.uk,DSL\n");

        assertThat(refusal.key()).isEqualTo("import.problem.missingColumn");
        assertThat(refusal.phrase().arguments()).containsExactly("school");
        assertThat(refusal.getMessage(Locale.UK)).contains("\"school\"");
    }

    @Test
    void issue13_item3_anUnknownColumnRefusesTheFileAndNamesIt() {
        StaffCsv.Unreadable refusal = refusalOf("name,email,school,roles,Phone\nAnn,ann@x.org,,DSL,0123\n");

        assertThat(refusal.key()).isEqualTo("import.problem.unknownColumn");
        assertThat(refusal.phrase().arguments()).containsExactly("Phone");
    }

    @Test
    void issue13_item3_aFirstLineThatNamesNoColumnOrOneTwiceIsNotAHeader() {
        assertThat(refusalOf("").key()).isEqualTo("import.problem.header");
        assertThat(refusalOf("\n\n").key()).isEqualTo("import.problem.header");
        assertThat(refusalOf("Ann Smith,ann@riverside.sch.uk,Riverside Primary,DSL\n").key())
                .as("data without a header").isEqualTo("import.problem.header");
        assertThat(refusalOf("name,email,school,roles,email\n").key()).isEqualTo("import.problem.header");
        assertThat(refusalOf("name,email,school,roles,\n").key()).isEqualTo("import.problem.header");
    }

    @Test
    void issue13_item3_aHeaderAloneIsAnEmptyImport() {
        assertThat(parse(HEADER)).isEmpty();
    }

    @Test
    void issue13_item3_moreThanTheMaximumOfRowsRefusesTheFile() {
        assertThat(parse(fileWith(StaffCsv.MAX_ROWS))).hasSize(StaffCsv.MAX_ROWS).allMatch(StaffRow::good);

        StaffCsv.Unreadable refusal = refusalOf(fileWith(StaffCsv.MAX_ROWS + 1));

        assertThat(refusal.key()).isEqualTo("import.problem.tooManyRows");
        assertThat(refusal.getMessage(Locale.UK)).contains("2000");
    }

    @Test
    void issue13_item3_bytesThatAreNotUtf8RefuseTheFile() {
        String latin = HEADER + "Zoë Brontë,zoe@riverside.sch.uk,Riverside Primary,DSL\n";

        assertThat(refusalOf(latin.getBytes(StandardCharsets.ISO_8859_1)).key()).isEqualTo("import.problem.encoding");
        assertThat(refusalOf(latin.getBytes(StandardCharsets.UTF_16)).key()).as("Excel's Unicode text, with its BOM")
                .isEqualTo("import.problem.encoding");
        String ascii = HEADER + "Ann Smith,ann@riverside.sch.uk,Riverside Primary,DSL\n";
        assertThat(refusalOf(ascii.getBytes(StandardCharsets.UTF_16LE)).key()).as("UTF-16 without a BOM is valid UTF-8 with NULs")
                .isEqualTo("import.problem.encoding");
        assertThat(parse(latin)).extracting(StaffRow::name).containsExactly("Zoë Brontë");
    }

    @Test
    void issue13_item3_aQuoteNeverClosedRefusesTheFileAndNamesItsLine() {
        StaffCsv.Unreadable refusal = refusalOf(HEADER
                + "Ann Smith,ann@riverside.sch.uk,Riverside Primary,DSL\n"
                + "\"Bob Jones,bob@riverside.sch.uk,Riverside Primary,STAFF\n"
                + "Cath Lee,cath@riverside.sch.uk,Riverside Primary,STAFF\n");

        assertThat(refusal.key()).isEqualTo("import.problem.quote");
        assertThat(refusal.phrase().arguments()).containsExactly(3);
    }

    @Test
    void issue13_item3_theSameAddressTwiceMarksTheLaterRow() {
        List<StaffRow> rows = parse(HEADER
                + "Ann Smith,Ann.Smith@Riverside.sch.uk,Riverside Primary,DSL\n"
                + "Bob Jones,bob@riverside.sch.uk,Riverside Primary,STAFF\n"
                + "Ann Smith,ann.smith@riverside.sch.uk,Hillside Primary,STAFF\n");

        assertThat(rows).extracting(StaffRow::problemKeys).containsExactly(
                List.of(), List.of(), List.of("import.problem.duplicateEmail"));
    }

    @Test
    void issue13_item3_aRowWithTooFewOrTooManyValuesIsOnlyMarkedSo() {
        List<StaffRow> rows = parse(HEADER
                + "Ann Smith,ann@riverside.sch.uk,DSL\n"
                + "Bob Jones,bob@riverside.sch.uk,Riverside, Primary,STAFF\n");

        assertThat(rows).extracting(StaffRow::problemKeys).containsExactly(
                List.of("import.problem.fields"), List.of("import.problem.fields"));
        assertThat(rows.get(0)).extracting(StaffRow::name, StaffRow::roles).as("shown as far as they go")
                .containsExactly("Ann Smith", "");
    }

    @ParameterizedTest(name = "issue13_item3 role spelling \"{0}\"")
    @ValueSource(strings = {"DEPUTY_DSL; online safety lead", "deputy dsl|Online-Safety-Lead", " Deputy - DSL ; ONLINE_SAFETY_LEAD ;"})
    void issue13_item3_roleNamesAreReadInAnyCaseWithSpacesOrHyphens(String roles) {
        List<StaffRow> rows = parse(HEADER + "Ann Smith,ann@riverside.sch.uk,Riverside Primary," + roles + "\n");

        assertThat(rows).extracting(StaffRow::problemKeys).containsExactly(List.of());
        assertThat(StaffCsv.rolesOf(rows.get(0).roles())).containsExactlyInAnyOrder(Role.DEPUTY_DSL, Role.ONLINE_SAFETY_LEAD);
    }

    @Test
    void issue13_item3_unknownOrNoRolesAreMarked() {
        Map<String, List<String>> problemsByRoles = Map.of(
                "Head", List.of("import.problem.role"),
                "DSL;Headteacher", List.of("import.problem.role"),
                "DSL, STAFF", List.of("import.problem.role"),
                ";|", List.of("import.problem.noRole"),
                "", List.of("import.problem.noRole"));
        problemsByRoles.forEach((roles, problems) -> assertThat(
                parse(HEADER + "Ann Smith,ann@riverside.sch.uk,Riverside Primary,\"" + roles + "\"\n").get(0).problemKeys())
                .as(roles).isEqualTo(problems));
        assertThatThrownBy(() -> StaffCsv.rolesOf("DSL;Headteacher")).isInstanceOf(IllegalArgumentException.class);
        assertThat(StaffCsv.rolesOf("la admin|hr officer|head-teacher")).isEqualTo(Set.of(Role.LA_ADMIN, Role.HR_OFFICER, Role.HEAD_TEACHER));
    }

    @ParameterizedTest(name = "issue13_item3 plausible address {0}")
    @ValueSource(strings = {"ann@riverside.sch.uk", "ann.o'neil+safecase@x.org", "A@B.C"})
    void issue13_item3_plausibleAddressesPass(String email) {
        assertThat(problemsOfEmail(email)).isEmpty();
    }

    @ParameterizedTest(name = "issue13_item3 implausible address \"{0}\"")
    @ValueSource(strings = {"", "ann", "ann@riverside", "@riverside.sch.uk", "ann@@riverside.sch.uk", "ann@x@riverside.sch.uk",
            "ann smith@riverside.sch.uk", "ann@.riverside", "ann@riverside.", "ann@riverside..sch.uk"})
    void issue13_item3_implausibleAddressesAreMarked(String email) {
        assertThat(problemsOfEmail(email)).containsExactly("import.problem.email");
    }

    @Test
    void issue13_item3_namesAndAddressesFitTheirColumns() {
        String local = "a".repeat(EmailAddresses.MAX - "@x.org".length());
        assertThat(problemsOfEmail(local + "@x.org")).isEmpty();
        assertThat(problemsOfEmail(local + "a@x.org")).containsExactly("import.problem.email");

        String name = "é".repeat(StaffCsv.MAX_NAME);
        assertThat(parse(HEADER + name + ",ann@x.org,,STAFF\n").get(0).problemKeys()).isEmpty();
        assertThat(parse(HEADER + name + "e,ann@x.org,,STAFF\n").get(0).problemKeys()).containsExactly("import.problem.name");
    }

    @Test
    void issue13_item3_theImportAddsItsOwnProblemsToARow() {
        StaffRow row = parse(HEADER + "Ann Smith,ann@x.org,Nowhere School,STAFF\n").get(0);

        StaffRow checked = row.withProblem("import.problem.schoolNotFound");

        assertThat(row.good()).isTrue();
        assertThat(checked.good()).isFalse();
        assertThat(checked.problemKeys()).containsExactly("import.problem.schoolNotFound");
        assertThat(checked.line()).isEqualTo(row.line());
    }

    @Test
    void issue13_item3_everyProblemHasWordsInEnglish() {
        Map<String, Object[]> keys = Map.ofEntries(
                Map.entry("import.problem.encoding", new Object[0]),
                Map.entry("import.problem.header", new Object[0]),
                Map.entry("import.problem.unknownColumn", new Object[]{"Phone"}),
                Map.entry("import.problem.missingColumn", new Object[]{"school"}),
                Map.entry("import.problem.tooManyRows", new Object[]{StaffCsv.MAX_ROWS}),
                Map.entry("import.problem.quote", new Object[]{1234}),
                Map.entry("import.problem.fields", new Object[0]),
                Map.entry("import.problem.name", new Object[0]),
                Map.entry("import.problem.email", new Object[0]),
                Map.entry("import.problem.duplicateEmail", new Object[0]),
                Map.entry("import.problem.role", new Object[0]),
                Map.entry("import.problem.noRole", new Object[0]));

        keys.forEach((key, arguments) -> assertThat(Messages.text(Locale.UK, key, arguments)).as(key)
                .isNotBlank().doesNotContain("{"));
        assertThat(Messages.text(Locale.UK, "import.problem.quote", 1234)).contains("line 1234");
    }

    private static List<StaffRow> parse(String text) {
        return StaffCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static StaffCsv.Unreadable refusalOf(String text) {
        return refusalOf(text.getBytes(StandardCharsets.UTF_8));
    }

    private static StaffCsv.Unreadable refusalOf(byte[] file) {
        Throwable thrown = catchThrowable(() -> StaffCsv.parse(file));
        assertThat(thrown).isInstanceOf(StaffCsv.Unreadable.class);
        return (StaffCsv.Unreadable) thrown;
    }

    private static List<String> problemsOfEmail(String email) {
        return parse(HEADER + "Ann Smith,\"" + email + "\",Riverside Primary,STAFF\n").get(0).problemKeys();
    }

    private static String fileWith(int people) {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= people; i++) {
            file.append("Person ").append(i).append(",person").append(i).append("@riverside.sch.uk,Riverside Primary,STAFF\n");
            if (i % 100 == 0) {
                file.append("\n");
            }
        }
        return file.toString();
    }
}
