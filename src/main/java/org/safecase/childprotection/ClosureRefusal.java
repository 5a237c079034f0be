package org.safecase.childprotection;

/** Why a child-protection case cannot be closed yet: the bundle keys of the DSL's words. */
final class ClosureRefusal {
    static final String REFERRALS_UNRECORDED = "conflict.closure.referralsUnrecorded";
    static final String FILES_NOT_DESTROYED = "conflict.closure.filesNotDestroyed";
    static final String DEVICE_SEARCH_UNRECORDED = "conflict.closure.deviceSearchUnrecorded";

    private ClosureRefusal() {
    }
}
