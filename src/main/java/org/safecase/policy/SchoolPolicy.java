package org.safecase.policy;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A school's policy page for one caller: the version in force (null before the first is
 * published), whether the caller must acknowledge it and when they did, whether they keep the
 * policy (publish, see acknowledgements, remind), and the earlier versions.
 */
public record SchoolPolicy(Long schoolId, String schoolName, PolicyVersionView current, boolean mustAcknowledge,
                           LocalDateTime acknowledgedAt, boolean mayManage, List<PolicyVersionView> versions) {
    public boolean awaitingAcknowledgement() {
        return current != null && mustAcknowledge && acknowledgedAt == null;
    }
}
