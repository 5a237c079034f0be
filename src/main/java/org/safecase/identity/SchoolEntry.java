package org.safecase.identity;

/**
 * A school as the administration pages and REST show it (issue #13 item 3). The day's hours are
 * {@code HH:MM}, or null where the installation's apply.
 */
public record SchoolEntry(Long id, String name, String urn, Nation nation, String dayStarts, String dayEnds) {
    static SchoolEntry of(School school) {
        return new SchoolEntry(school.getId(), school.getName(), school.getUrn(), school.getNation(),
                school.getDayStarts() == null ? null : school.getDayStarts().toString(),
                school.getDayEnds() == null ? null : school.getDayEnds().toString());
    }
}
