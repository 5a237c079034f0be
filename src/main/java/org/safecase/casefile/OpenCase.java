package org.safecase.casefile;

import org.safecase.identity.CaseAccess;

/** A case the caller has been found allowed to see, for features that attach things to it. */
public record OpenCase(Long incidentId, String reference, Long schoolId, boolean childProtection, CaseAccess access) {
}
