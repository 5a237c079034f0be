package org.safecase.identity;

/**
 * Which cases a caller may list in the case register, as decided by
 * {@link Authorisation#listScope(Caller)}. Two parts, either or both empty:
 * <ul>
 *     <li>the caller's own school ({@code schoolId}): its staff cases for the online-safety leads
 *     and head teacher, its child-protection cases for the DSL, deputy DSL and head teacher (R-SX-1);</li>
 *     <li>for an LA HR officer ({@code hrLocalAuthorityId}): the staff cases handed to HR by the
 *     schools of that local authority, never a child-protection case (R-ST-9).</li>
 * </ul>
 * Everybody else lists nothing here; their own reports are on "My reports".
 */
public record CaseListScope(Long schoolId, boolean staffCases, boolean childProtectionCases, Long hrLocalAuthorityId) {
    public static final CaseListScope NOTHING = new CaseListScope(null, false, false, null);

    /** True if any case of the caller's own school may be listed. */
    public boolean coversOwnSchool() {
        return schoolId != null && (staffCases || childProtectionCases);
    }

    public boolean coversHandedToHr() {
        return hrLocalAuthorityId != null;
    }

    public boolean coversNothing() {
        return !coversOwnSchool() && !coversHandedToHr();
    }

    /** Whether a case with these facts is in the list: the same answer as the register's query. */
    public boolean covers(CaseFacts facts) {
        if (coversOwnSchool() && schoolId.equals(facts.schoolId())
                && (facts.childProtection() ? childProtectionCases : staffCases)) {
            return true;
        }
        return coversHandedToHr() && !facts.childProtection() && facts.handedToHr()
                && hrLocalAuthorityId.equals(facts.localAuthorityId());
    }
}
