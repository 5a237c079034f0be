package org.safecase.identity;

import java.time.LocalTime;

/**
 * What other features may know of a school: enough to scope a case to its local authority, to
 * count its working days (nation and, when it keeps its own, its day's hours) and to sign a letter
 * in its name. The {@link School} entity
 * itself stays inside identity.
 */
public record SchoolFacts(Long id, Long localAuthorityId, String name, Nation nation, LocalTime dayStarts,
                          LocalTime dayEnds) {
    public SchoolFacts(Long id, Long localAuthorityId, String name, Nation nation) {
        this(id, localAuthorityId, name, nation, null, null);
    }

    static SchoolFacts of(School school) {
        return new SchoolFacts(school.getId(), school.getLocalAuthorityId(), school.getName(), school.getNation(),
                school.getDayStarts(), school.getDayEnds());
    }

    /** Whether the school keeps a day of its own (else the installation's hours apply). */
    public boolean hasOwnDay() {
        return dayStarts != null && dayEnds != null;
    }
}
