package org.safecase.oversight.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue #15 item 4: the LA dashboard of a school year: the LA's own figures (the governors'
 * report's, across all its schools) and the schools compared.
 */
public record Dashboard(ReportSheet localAuthority, SchoolComparison schools, String schoolsHeading) implements Serializable {
    /** Everything as one sheet, for CSV and PDF: the LA's tables, then the schools' table. */
    ReportSheet asSheet() {
        List<ReportSheet.Section> sections = new ArrayList<>(localAuthority.sections());
        sections.add(schools.asSection(schoolsHeading));
        return new ReportSheet(localAuthority.title(), sections, localAuthority.notes());
    }
}
