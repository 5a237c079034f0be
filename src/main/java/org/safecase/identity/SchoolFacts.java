package org.safecase.identity;

/**
 * What other features may know of a school: enough to scope a case to its local authority, to
 * count its working days (nation) and to sign a letter in its name. The {@link School} entity
 * itself stays inside identity.
 */
public record SchoolFacts(Long id, Long localAuthorityId, String name, Nation nation) {
    static SchoolFacts of(School school) {
        return new SchoolFacts(school.getId(), school.getLocalAuthorityId(), school.getName(), school.getNation());
    }
}
