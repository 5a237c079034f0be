package org.safecase.workflow.admin;

import java.io.Serializable;
import java.util.List;

/** A case a migration left on its version, and why, in words. */
public record CaseNotMoved(String caseReference, List<String> reasons) implements Serializable {
    public CaseNotMoved {
        reasons = List.copyOf(reasons);
    }
}
