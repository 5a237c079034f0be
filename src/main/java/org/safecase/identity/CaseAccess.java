package org.safecase.identity;

/** How much of a case a caller may see. */
public enum CaseAccess {
    /** The whole case record. */
    FULL,
    /** LA HR, for a case handed to it: what the disciplinary procedure needs, no free text (R-ST-9). */
    HR_SUMMARY,
    /** The reporter of a child-protection case: only that it was received (R-SX-1). */
    RECEIPT_ONLY,
    /** Nothing; answered exactly like a case that does not exist. */
    NONE
}
