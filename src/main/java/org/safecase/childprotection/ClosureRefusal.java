package org.safecase.childprotection;

/** Why a child-protection case cannot be closed yet, in the DSL's words. */
final class ClosureRefusal {
    static final String REFERRALS_UNRECORDED = "This case cannot be closed until both the police and the "
            + "children's social care referrals are recorded.";
    static final String FILES_NOT_DESTROYED = "This case cannot be closed until the files withheld when it became "
            + "child protection have been destroyed.";
    static final String DEVICE_SEARCH_UNRECORDED = "This case cannot be closed until the device search is recorded.";

    private ClosureRefusal() {
    }
}
